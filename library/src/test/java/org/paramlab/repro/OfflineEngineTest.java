package org.paramlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;

import java.net.URL;

/**
 * Proves the tests run offline: downloads are disabled, yet PyTorch loads and computes, so its
 * native library came from the {@code pytorch-native-cpu} jar on the class path.
 */
class OfflineEngineTest {

    @Test
    void downloadsAreDisabled() {
        assertEquals("true", System.getProperty("ai.djl.offline"));
    }

    @Test
    void nativeLibraryIsBundledInAJarOnTheClassPath() {
        URL properties = getClass().getClassLoader().getResource("native/lib/pytorch.properties");
        assertNotNull(properties, "pytorch-native-cpu is not on the test class path");
        assertEquals("jar", properties.getProtocol());
    }

    @Test
    void engineIsPyTorch271() {
        Engine engine = Engine.getInstance();
        assertEquals("PyTorch", engine.getEngineName());
        assertEquals("2.7.1", engine.getVersion());
    }

    @Test
    void engineComputesASum() {
        try (NDManager manager = NDManager.newBaseManager()) {
            assertEquals(4f, manager.ones(new Shape(2, 2)).sum().getFloat());
        }
    }
}
