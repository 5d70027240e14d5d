package org.paramlab.repro;

import ai.djl.engine.Engine;

/**
 * Where a run happened: machine, JVM and the DJL engine and device, recorded in every results file
 * so a number can be traced to the hardware that produced it.
 *
 * @param os operating system name and version
 * @param arch CPU architecture
 * @param cpus processors available to the JVM
 * @param maxHeapMb the JVM's maximum heap in MiB
 * @param java Java runtime version
 * @param engine DJL engine name and version, e.g. {@code PyTorch 2.7.1}
 * @param device DJL's default device, e.g. {@code cpu()} or {@code gpu(0)}
 */
public record RunEnvironment(
        String os,
        String arch,
        int cpus,
        long maxHeapMb,
        String java,
        String engine,
        String device) {

    /** Reads the current machine, JVM and DJL's default engine and device. */
    public static RunEnvironment current() {
        Runtime runtime = Runtime.getRuntime();
        String engine;
        String device;
        try {
            Engine djl = Engine.getInstance();
            engine = djl.getEngineName() + " " + djl.getVersion();
            device = djl.defaultDevice().toString();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            engine = "unavailable (" + e.getMessage() + ")";
            device = "unknown";
        }
        return new RunEnvironment(
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"),
                runtime.availableProcessors(),
                runtime.maxMemory() / (1024 * 1024),
                Runtime.version().toString(),
                engine,
                device);
    }
}
