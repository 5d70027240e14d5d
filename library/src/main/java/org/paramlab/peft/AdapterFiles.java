package org.paramlab.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.paramlab.nn.Safetensors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HF PEFT's adapter directory: {@code adapter_config.json} and {@code adapter_model.safetensors}
 * (metadata {@code {"format": "pt"}}, as {@code save_pretrained} writes).
 */
final class AdapterFiles {
    static final String CONFIG = "adapter_config.json";
    static final String WEIGHTS = "adapter_model.safetensors";

    private AdapterFiles() {}

    static void write(Path dir, JsonObject config, Map<String, NDArray> tensors) {
        try {
            Files.createDirectories(dir);
            String json =
                    new GsonBuilder().serializeNulls().setPrettyPrinting().create().toJson(config);
            Files.writeString(dir.resolve(CONFIG), json + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dir.resolve(CONFIG), e);
        }
        Safetensors.write(dir.resolve(WEIGHTS), tensors, Map.of("format", "pt"));
    }

    static JsonObject readConfig(Path dir) {
        Path file = dir.resolve(CONFIG);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(
                    "No " + CONFIG + " in " + dir + "; is this an adapter directory?");
        }
        try {
            return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static Map<String, NDArray> readTensors(Path dir, NDManager manager) {
        Path file = dir.resolve(WEIGHTS);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No " + WEIGHTS + " in " + dir + ".");
        }
        return new LinkedHashMap<>(Safetensors.read(file, manager).tensors());
    }
}
