package org.paramlab.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every cell imports all library packages and the fixed packages by wildcard, so a public class
 * name that two of them export is unusable in notebooks without its full name. This test keeps
 * ParamLab's names unique among everything a cell imports.
 */
class DefaultImportsClashTest {

    @Test
    void noParamLabClassNameClashesWithAnotherDefaultImport() {
        List<String> wildcardPackages = new ArrayList<>(DefaultImports.libraryPackages());
        List<String> singleTypes = new ArrayList<>();
        for (String fixed : DefaultImports.fixedImports()) {
            if (fixed.endsWith(".*")) {
                wildcardPackages.add(fixed.substring(0, fixed.length() - 2));
            } else {
                singleTypes.add(fixed);
            }
        }
        Map<String, Set<String>> byName = new TreeMap<>();
        try (ScanResult scan =
                new ClassGraph()
                        .enableSystemJarsAndModules()
                        .acceptPackagesNonRecursive(wildcardPackages.toArray(String[]::new))
                        .acceptClasses(singleTypes.toArray(String[]::new))
                        .scan()) {
            for (ClassInfo c : scan.getAllClasses()) {
                if (c.isPublic() && !c.isInnerClass() && !c.isAnonymousInnerClass()) {
                    byName.computeIfAbsent(c.getSimpleName(), n -> new TreeSet<>())
                            .add(c.getName());
                }
            }
        }
        List<String> clashes = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : byName.entrySet()) {
            boolean ours = e.getValue().stream().anyMatch(n -> n.startsWith("org.paramlab."));
            if (ours && e.getValue().size() > 1) {
                clashes.add(e.getKey() + " " + e.getValue());
            }
        }
        assertTrue(
                clashes.isEmpty(),
                "Public class names that notebooks cannot use unqualified (rename the ParamLab"
                        + " one): "
                        + clashes);
    }

    @Test
    void theScanSeesBothLibraryAndFixedPackages() {
        try (ScanResult scan =
                new ClassGraph()
                        .enableSystemJarsAndModules()
                        .acceptPackagesNonRecursive("org.paramlab.repro", "java.util")
                        .scan()) {
            assertTrue(scan.getClassInfo("org.paramlab.repro.Scale") != null);
            assertTrue(scan.getClassInfo("java.util.List") != null);
        }
    }
}
