import ai.djl.ndarray.NDManager;

import org.paramlab.data.FashionMnist;
import org.paramlab.data.Fortunes;
import org.paramlab.data.InstrumentSamples;
import org.paramlab.data.Kjv;
import org.paramlab.data.Mnist10k;
import org.paramlab.data.SampleImages;
import org.paramlab.data.SklearnTable;
import org.paramlab.data.SklearnTables;
import org.paramlab.data.Speech;
import org.paramlab.data.SpeechConfig;
import org.paramlab.data.SplitConfig;
import org.paramlab.data.SpokenPrompts;
import org.paramlab.data.SurvivalData;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Times one full load of each data source, as a notebook does it (run by bench/data_load.sh).
 *
 * <pre>
 * java -cp CLASSPATH bench/DataLoadBench.java once NAME   # seconds of the first load in this JVM
 * java -cp CLASSPATH bench/DataLoadBench.java warm NAME   # median of 3 loads after one warm-up
 * java -cp CLASSPATH bench/DataLoadBench.java heap        # peak heap while loading Fashion-MNIST
 * </pre>
 */
public class DataLoadBench {
    private static final SplitConfig SPLIT = SplitConfig.defaults();

    /** What "loading" means per source: everything a notebook calls to get its datasets. */
    private static final Map<String, Consumer<NDManager>> LOADS =
            Map.ofEntries(
                    Map.entry("fashion-mnist", m -> new FashionMnist().load(m, SPLIT)),
                    Map.entry("mnist", m -> new Mnist10k().load(m, SPLIT)),
                    Map.entry("kjv", m -> new Kjv().characters(m, 128, SPLIT)),
                    Map.entry("fortunes", m -> new Fortunes().classification(m, 256, SPLIT)),
                    Map.entry(
                            "spoken-prompts",
                            m -> new SpokenPrompts().languageIdentification(m, 1.0, SPLIT)),
                    Map.entry("instruments", m -> new InstrumentSamples().load(m, 16_000, 1.0, SPLIT)),
                    Map.entry(
                            "speech",
                            m ->
                                    new Speech()
                                            .words(
                                                    m,
                                                    List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
                                                    List.of(SpeechConfig.defaults()),
                                                    1.0,
                                                    SPLIT.withTestFraction(0).withValidationFraction(0))),
                    Map.entry(
                            "sample-images",
                            m -> {
                                SampleImages images = new SampleImages();
                                images.faces(m, SPLIT);
                                for (String name : SampleImages.highlights()) {
                                    images.array(m, name);
                                }
                            }),
                    Map.entry(
                            "sklearn",
                            m -> {
                                SklearnTables tables = new SklearnTables();
                                for (SklearnTable t : SklearnTable.values()) {
                                    tables.load(t, m, SPLIT);
                                }
                            }),
                    Map.entry(
                            "survival",
                            m -> {
                                SurvivalData data = new SurvivalData();
                                data.lung();
                                data.veteran();
                                data.melanoma();
                            }));

    public static void main(String[] args) {
        String mode = args[0];
        if (mode.equals("heap")) {
            heap();
            return;
        }
        Consumer<NDManager> load = LOADS.get(args[1]);
        if (load == null) {
            throw new IllegalArgumentException("Unknown source " + args[1] + "; known " + LOADS.keySet());
        }
        try (NDManager base = NDManager.newBaseManager()) {
            if (mode.equals("once")) {
                System.out.printf(Locale.ROOT, "%.3f%n", time(base, load));
            } else {
                time(base, load); // warm-up: JIT, class loading, derived caches, page cache
                double[] t = {time(base, load), time(base, load), time(base, load)};
                Arrays.sort(t);
                System.out.printf(Locale.ROOT, "%.3f%n", t[1]);
            }
        }
    }

    private static double time(NDManager base, Consumer<NDManager> load) {
        long start = System.nanoTime();
        try (NDManager m = base.newSubManager()) {
            load.accept(m);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Peak heap (sum of the heap pools' peaks) while Fashion-MNIST loads, after a GC. */
    private static void heap() {
        try (NDManager base = NDManager.newBaseManager()) {
            base.zeros(new ai.djl.ndarray.types.Shape(1)).close(); // load the engine first
            System.gc();
            List<MemoryPoolMXBean> pools =
                    ManagementFactory.getMemoryPoolMXBeans().stream()
                            .filter(p -> p.getType() == MemoryType.HEAP)
                            .toList();
            long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            double seconds;
            long nativeBytes;
            try (NDManager m = base.newSubManager()) {
                long start = System.nanoTime();
                var s = new FashionMnist().load(m, SPLIT);
                seconds = (System.nanoTime() - start) / 1e9;
                nativeBytes = (s.train().size() + s.validation().size() + s.test().size()) * (784L * 4 + 8);
            }
            long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long direct =
                    ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                            .filter(b -> b.getName().equals("direct"))
                            .mapToLong(BufferPoolMXBean::getMemoryUsed)
                            .sum();
            System.out.printf(
                    Locale.ROOT,
                    "heap before %.1f MiB, peak while loading %.1f MiB (max heap %.0f MiB); load %.2f s;"
                            + " direct buffers held after loading %.1f MiB (IDX bytes, freed at the next GC);"
                            + " dataset arrays %.1f MiB native%n",
                    before / 1048576.0,
                    peak / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0,
                    seconds,
                    direct / 1048576.0,
                    nativeBytes / 1048576.0);
        }
    }
}
