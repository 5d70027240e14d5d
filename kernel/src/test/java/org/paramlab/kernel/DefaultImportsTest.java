package org.paramlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

class DefaultImportsTest {

    @Test
    void libraryPackagesIncludeTheSharedPackages() {
        List<String> packages = DefaultImports.libraryPackages();
        assertTrue(packages.contains("org.paramlab.repro"), packages.toString());
        assertTrue(packages.contains("org.paramlab.viz"), packages.toString());
        assertTrue(packages.contains("org.paramlab.train"), packages.toString());
    }

    @Test
    void libraryPackagesAreSortedAndHoldNoKernelPackage() {
        List<String> packages = DefaultImports.libraryPackages();
        assertEquals(packages.stream().sorted().distinct().toList(), packages);
        assertTrue(
                packages.stream().noneMatch(p -> p.startsWith("org.paramlab.kernel")),
                packages.toString());
    }

    @Test
    void scriptImportsEveryLibraryPackageAndTheCellFunctions() {
        String script = DefaultImports.script();
        for (String p : DefaultImports.libraryPackages()) {
            assertTrue(script.contains("import " + p + ".*;\n"), p);
        }
        assertTrue(script.contains("import static org.paramlab.kernel.CellFunctions.*;\n"));
    }

    @Test
    void scriptCompilesAndItsNamesResolve() throws CellError {
        try (CellEvaluator evaluator = new CellEvaluator(List.of())) {
            evaluator.eval(DefaultImports.script(), 1);
            assertEquals("smoke", evaluator.eval("Scale.parse(\"SMOKE\").label()", 1));
            assertEquals("&lt;", evaluator.eval("Html.escape(\"<\")", 1));
            assertEquals("(2, 3)", evaluator.eval("new Shape(2, 3).toString()", 1));
        }
    }
}
