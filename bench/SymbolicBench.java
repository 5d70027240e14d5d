import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.codegen.CompiledFunction;
import org.paramlab.symbolic.codegen.ExprCompiler;
import org.paramlab.symbolic.diff.Derivatives;
import org.paramlab.symbolic.experiment.MedianTiming;
import org.paramlab.symbolic.parse.ExprParser;
import org.paramlab.symbolic.rewrite.Simplifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The ParamLab half of bench/symbolic_vs_sympy.sh: the same four tasks as symbolic_sympy.py, each
 * the median of repeated runs after warm-up, printed as {@code task<TAB>milliseconds<TAB>note}.
 */
public class SymbolicBench {
    static final int VARS = 104;

    /** Term i of the large expression: sin(xᵢxᵢ₊₁)·exp(xᵢ₊₂)/(1 + xᵢ₊₃²) + (xᵢ + xᵢ₊₄)³. */
    static Expr term(List<Sym> x, int i) {
        return Expr.sin(x.get(i).times(x.get(i + 1)))
                .times(Expr.exp(x.get(i + 2)))
                .div(x.get(i + 3).pow(2).plus(1))
                .plus(x.get(i).plus(x.get(i + 4)).pow(3));
    }

    static void print(String task, double ms, String note) {
        System.out.printf(Locale.ROOT, "%s\t%.4f\t%s%n", task, ms, note);
    }

    public static void main(String[] args) {
        int repeats = 7;
        // 1. expand (1 + a + b + c)^20
        Expr p = ExprParser.parse("(1 + a + b + c)^20");
        var expand = MedianTiming.of(p::expand, repeats);
        print("expand (1+a+b+c)^20", expand.medianMillis(), expand.result().arity() + " terms");

        // 2. gradient of a 100-term expression and the Jacobian of 50 products of terms
        List<Sym> x = Sym.range("x", VARS);
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            terms.add(term(x, i));
        }
        Expr f = Num.ZERO;
        for (Expr t : terms) {
            f = f.plus(t);
        }
        List<Expr> vec = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            vec.add(terms.get(2 * i).times(terms.get(2 * i + 1)));
        }
        Expr big = f;
        var grad = MedianTiming.of(() -> Derivatives.gradient(big, x), repeats);
        print("gradient of a 100-term expression (104 vars)", grad.medianMillis(), "");
        var jac = MedianTiming.of(() -> Derivatives.jacobian(vec, x), repeats);
        print("Jacobian 50 x 104", jac.medianMillis(), "");

        // 3. simplify a family of trigonometric/rational expressions
        List<Expr> family = new ArrayList<>();
        List<Expr> expected = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            family.add(ExprParser.parse("sin(x)^2 + cos(x)^2 + (x^2 - " + k * k + ")/(x - " + k + ")"));
            expected.add(ExprParser.parse("x + " + (k + 1)));
            family.add(ExprParser.parse("cosh(y)^2 - sinh(y)^2 + (y^3 - " + k + "*y)/(y^2 - " + k + ")"));
            expected.add(ExprParser.parse("y + 1"));
        }
        var simp = MedianTiming.of(() -> family.stream().map(Simplifier::simplify).toList(), repeats);
        int right = 0;
        for (int i = 0; i < family.size(); i++) {
            right += simp.result().get(i) == expected.get(i) ? 1 : 0;
        }
        print("simplify 20 trig/rational expressions", simp.medianMillis(), right + "/20 to the expected form");

        // 4. compiled evaluation over 10^6 points
        List<Sym> xy = Sym.list("x", "y");
        Expr g = ExprParser.parse("sin(x)*exp(-y) + x^3*y - sqrt(x^2 + y^2) + tanh(x*y)/(1 + x^2)");
        var compile = MedianTiming.of(() -> ExprCompiler.compile(g, xy), repeats);
        CompiledFunction c = compile.result();
        int n = 1_000_000;
        double[][] cols = new double[2][n];
        Random rng = new Random(1);
        for (double[] col : cols) {
            for (int i = 0; i < n; i++) {
                col[i] = 2 * rng.nextDouble() - 1;
            }
        }
        double[][] out = new double[1][n];
        var eval = MedianTiming.of(() -> {
            c.applyBatch(cols, out);
            return out;
        }, repeats);
        double want = g.eval(Map.of(xy.get(0), cols[0][7], xy.get(1), cols[1][7]));
        print("compile g(x, y)", compile.medianMillis(), "");
        print("evaluate g over 10^6 points", eval.medianMillis(), "check " + (want == out[0][7]));
    }
}
