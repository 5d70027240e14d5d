package org.paramlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunEnvironmentTest {

    @Test
    void currentReportsPyTorchOnTheCpu() {
        RunEnvironment env = RunEnvironment.current();
        assertTrue(env.engine().startsWith("PyTorch "), env.engine());
        assertEquals("cpu()", env.device());
    }

    @Test
    void currentReportsThisJvmAndMachine() {
        RunEnvironment env = RunEnvironment.current();
        assertEquals(Runtime.getRuntime().availableProcessors(), env.cpus());
        assertEquals(Runtime.getRuntime().maxMemory() / (1024 * 1024), env.maxHeapMb());
        assertEquals(Runtime.version().toString(), env.java());
        assertEquals(System.getProperty("os.arch"), env.arch());
        assertTrue(env.os().startsWith(System.getProperty("os.name")), env.os());
    }
}
