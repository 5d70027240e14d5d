package org.paramlab.kernel.magic;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

import io.github.spencerpark.jupyter.kernel.magic.registry.LineMagicFunction;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code %device}: which engine, version and devices DJL uses here, and how many threads. Library
 * code takes its device from the manager, so this is what every notebook runs on.
 */
public final class DeviceMagic implements LineMagicFunction<Void> {
    @Override
    public Void execute(List<String> args) {
        System.out.println(describe());
        return null;
    }

    /** The report {@code %device} prints. */
    public static String describe() {
        Engine engine = Engine.getInstance();
        String devices =
                Arrays.stream(engine.getDevices())
                        .map(Device::toString)
                        .collect(Collectors.joining(", "));
        StringBuilder s = new StringBuilder();
        s.append("engine:  ")
                .append(engine.getEngineName())
                .append(' ')
                .append(engine.getVersion());
        s.append(" (DJL ").append(Engine.getDjlVersion()).append(")\n");
        s.append("default: ").append(engine.defaultDevice()).append('\n');
        s.append("devices: ")
                .append(devices)
                .append(" (GPUs: ")
                .append(engine.getGpuCount())
                .append(")\n");
        s.append("threads: ");
        if ("PyTorch".equals(engine.getEngineName())) {
            s.append(JniUtils.getNumThreads())
                    .append(" intra-op, ")
                    .append(JniUtils.getNumInteropThreads())
                    .append(" inter-op; ");
        }
        s.append(Runtime.getRuntime().availableProcessors()).append(" CPUs available to the JVM");
        return s.toString();
    }
}
