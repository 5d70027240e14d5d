package org.paramlab.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;

import org.junit.jupiter.api.Test;

class DeviceMagicTest {

    @Test
    void describeNamesEngineVersionDefaultDeviceAndThreads() {
        String report = DeviceMagic.describe();
        assertTrue(
                report.startsWith("engine:  PyTorch " + Engine.getInstance().getVersion()), report);
        assertTrue(report.contains("default: " + Engine.getInstance().defaultDevice()), report);
        assertTrue(report.contains(" intra-op, "), report);
        assertTrue(
                report.endsWith(
                        Runtime.getRuntime().availableProcessors() + " CPUs available to the JVM"),
                report);
    }
}
