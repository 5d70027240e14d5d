package org.paramlab.symbolic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.RandomExprs;
import org.paramlab.symbolic.Sym;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

class JavaSourceTest {
    @Test
    void javaSourceCompilesAndComputesTheSameBits() throws Exception {
        RandomExprs gen = new RandomExprs(17, true);
        List<Expr> exprs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            exprs.add(gen.next(4));
        }
        List<Sym> vars = RandomExprs.VARS;
        CompiledFunction f = ExprCompiler.compile(exprs, vars, new CompileOptions(600));
        String src = f.javaSource();
        assertTrue(f.methodCount() > 1 && src.contains("s[0]"), src);

        Path dir = Files.createTempDirectory("paramlab-javasource");
        Files.writeString(dir.resolve("CompiledExpr.java"), src);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String library =
                Path.of(Op.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .toString();
        int rc =
                javac.run(
                        null,
                        null,
                        null,
                        "-cp",
                        library,
                        "-d",
                        dir.toString(),
                        dir.resolve("CompiledExpr.java").toString());
        assertEquals(0, rc, src);
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method apply =
                    loader.loadClass("CompiledExpr")
                            .getMethod(
                                    "apply",
                                    double[].class,
                                    double[].class,
                                    double[].class,
                                    Op.Numeric[].class);
            Op.Numeric[] fns = {a -> RandomExprs.QF.apply(a)};
            for (int k = 0; k < 5; k++) {
                Map<Sym, Double> at = gen.point(-2, 2);
                double[] in = {at.get(vars.get(0)), at.get(vars.get(1)), at.get(vars.get(2))};
                double[] out = new double[exprs.size()];
                apply.invoke(null, in, out, new double[f.scratchSize()], fns);
                double[] want = f.apply(in);
                for (int j = 0; j < out.length; j++) {
                    ExprCompilerTest.assertSameDouble(want[j], out[j], exprs.get(j));
                }
            }
        }
    }

    @Test
    void sourceNamesInputsAfterTheirSymbols() {
        List<Sym> vars = Sym.list("alpha", "in", "t3");
        String src =
                ExprCompiler.javaSource(
                        List.of(vars.get(0).times(vars.get(1)).plus(vars.get(2))), vars);
        assertTrue(src.contains("double alpha = in[0];"), src);
        assertTrue(src.contains("double in_1 = in[1];"), src);
        assertTrue(src.contains("double in_2 = in[2];"), src);
    }
}
