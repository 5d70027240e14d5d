package org.paramlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A training checkpoint in a directory: the model's parameters by {@linkplain ParameterPaths path},
 * the optimizer's moments and the curves so far. {@link BlockTrainer} writes one every {@link
 * TrainerConfig#checkpointEvery()} updates and resumes from it, so an interrupted run loses at most
 * the updates since the last checkpoint.
 *
 * <p>Files: {@code parameters.bin} (per parameter: path, then DJL's {@link NDArray#encode()}),
 * {@code optimizer.bin} (update count, then per parameter: path, shape, m, v as floats) and {@code
 * progress.json}. A checkpoint is written to a sibling directory and moved into place, so a crash
 * while writing leaves the previous one intact.
 */
public final class Checkpoint {
    static final String PARAMETERS = "parameters.bin";
    static final String OPTIMIZER = "optimizer.bin";
    static final String PROGRESS = "progress.json";
    private static final Gson GSON =
            new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private Checkpoint() {}

    /** Whether {@code dir} holds a complete checkpoint. */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(PARAMETERS))
                && Files.isRegularFile(dir.resolve(OPTIMIZER))
                && Files.isRegularFile(dir.resolve(PROGRESS));
    }

    /**
     * Writes the parameters of {@code model} and {@code state} to {@code dir}.
     *
     * @throws UncheckedIOException if the directory cannot be written
     */
    public static void save(Path dir, Block model, OptimizerState state) {
        save(dir, model, state, new TrainingProgress());
    }

    static void save(Path dir, Block model, OptimizerState state, TrainingProgress progress) {
        Path target = dir.toAbsolutePath();
        Path staging = target.resolveSibling(target.getFileName() + ".writing");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            try (DataOutputStream out = open(staging.resolve(PARAMETERS))) {
                Map<String, Parameter> params = ParameterPaths.of(model);
                out.writeInt(params.size());
                for (Map.Entry<String, Parameter> e : params.entrySet()) {
                    out.writeUTF(e.getKey());
                    byte[] bytes = e.getValue().getArray().encode();
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            }
            try (DataOutputStream out = open(staging.resolve(OPTIMIZER))) {
                writeState(out, state);
            }
            Files.writeString(staging.resolve(PROGRESS), GSON.toJson(ProgressFile.of(progress)));
            Path old = target.resolveSibling(target.getFileName() + ".old");
            deleteTree(old);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the checkpoint to " + target, e);
        }
    }

    /**
     * Copies the parameters stored in {@code dir} into {@code model}'s arrays in place (their
     * gradient flags and managers are kept) and returns the stored optimizer state.
     *
     * @throws IllegalArgumentException if a stored parameter is missing from the model or has
     *     another shape
     * @throws UncheckedIOException if the files cannot be read
     */
    public static OptimizerState load(Path dir, Block model) {
        Map<String, Parameter> params = ParameterPaths.of(model);
        try (DataInputStream in = read(dir.resolve(PARAMETERS));
                NDManager temp = NDManager.newBaseManager()) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                Parameter p = params.get(path);
                if (p == null) {
                    throw new IllegalArgumentException(
                            "Checkpoint "
                                    + dir
                                    + " holds parameter "
                                    + path
                                    + ", which the model does not have; was it built from the"
                                    + " same config?");
                }
                NDArray stored = temp.decode(bytes);
                NDArray target = p.getArray();
                if (!stored.getShape().equals(target.getShape())) {
                    throw new IllegalArgumentException(
                            "Checkpoint parameter "
                                    + path
                                    + " has shape "
                                    + stored.getShape()
                                    + ", the model's has "
                                    + target.getShape());
                }
                ArrayCopy.into(target, stored.toType(DataType.FLOAT32, false).toFloatArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint in " + dir, e);
        }
        try (DataInputStream in = read(dir.resolve(OPTIMIZER))) {
            return readState(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint in " + dir, e);
        }
    }

    static TrainingProgress loadProgress(Path dir) {
        try {
            return GSON.fromJson(Files.readString(dir.resolve(PROGRESS)), ProgressFile.class)
                    .toProgress();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint in " + dir, e);
        }
    }

    static void writeState(DataOutputStream out, OptimizerState state) throws IOException {
        out.writeLong(state.updates());
        out.writeInt(state.moments().size());
        for (Map.Entry<String, OptimizerState.Moments> e : state.moments().entrySet()) {
            OptimizerState.Moments m = e.getValue();
            out.writeUTF(e.getKey());
            out.writeInt(m.shape().length);
            for (long d : m.shape()) {
                out.writeLong(d);
            }
            ByteBuffer buffer = ByteBuffer.allocate(8 * m.first().length);
            buffer.asFloatBuffer().put(m.first()).put(m.second());
            out.write(buffer.array());
        }
    }

    static OptimizerState readState(DataInputStream in) throws IOException {
        long updates = in.readLong();
        int count = in.readInt();
        Map<String, OptimizerState.Moments> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String path = in.readUTF();
            long[] shape = new long[in.readInt()];
            for (int d = 0; d < shape.length; d++) {
                shape[d] = in.readLong();
            }
            int size = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            byte[] bytes = new byte[8 * size];
            in.readFully(bytes);
            float[] m = new float[size];
            float[] v = new float[size];
            var floats = ByteBuffer.wrap(bytes).asFloatBuffer();
            floats.get(m).get(v);
            map.put(path, new OptimizerState.Moments(shape, m, v));
        }
        return new OptimizerState(updates, map);
    }

    private static DataOutputStream open(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
    }

    private static DataInputStream read(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file)));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** progress.json. */
    private record ProgressFile(
            long updates,
            long tokens,
            double[] step,
            double[] loss,
            double[] rate,
            double[] norm,
            double[] seen,
            double[] evalStep,
            Map<String, double[]> evalValues) {

        static ProgressFile of(TrainingProgress p) {
            Map<String, double[]> values = new LinkedHashMap<>();
            p.evalValues.forEach((k, v) -> values.put(k, TrainingProgress.toArray(v)));
            return new ProgressFile(
                    p.updates,
                    p.tokens,
                    TrainingProgress.toArray(p.step),
                    TrainingProgress.toArray(p.loss),
                    TrainingProgress.toArray(p.rate),
                    TrainingProgress.toArray(p.norm),
                    TrainingProgress.toArray(p.seen),
                    TrainingProgress.toArray(p.evalStep),
                    values);
        }

        TrainingProgress toProgress() {
            TrainingProgress p = new TrainingProgress();
            p.updates = updates;
            p.tokens = tokens;
            Arrays.stream(step).forEach(p.step::add);
            Arrays.stream(loss).forEach(p.loss::add);
            Arrays.stream(rate).forEach(p.rate::add);
            Arrays.stream(norm).forEach(p.norm::add);
            Arrays.stream(seen).forEach(p.seen::add);
            Arrays.stream(evalStep).forEach(p.evalStep::add);
            evalValues.forEach(
                    (k, v) -> {
                        var list = new java.util.ArrayList<Double>();
                        Arrays.stream(v).forEach(list::add);
                        p.evalValues.put(k, list);
                    });
            return p;
        }
    }
}
