package org.paramlab.peft;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** Reading and writing the fields of {@code adapter_config.json} with clear errors. */
public final class JsonFields {
    private JsonFields() {}

    /**
     * A list of strings stored as an array or a single string; empty when absent or null.
     *
     * @throws IllegalArgumentException if it is neither
     */
    public static List<String> strings(JsonObject json, String key) {
        JsonElement e = json.get(key);
        List<String> out = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return out;
        }
        if (e.isJsonPrimitive()) {
            out.add(e.getAsString());
            return out;
        }
        if (!e.isJsonArray()) {
            throw new IllegalArgumentException(
                    "adapter_config.json field '" + key + "' must be a list of strings, got " + e);
        }
        for (JsonElement x : e.getAsJsonArray()) {
            out.add(x.getAsString());
        }
        return out;
    }

    /** The strings as a JSON array, or JSON null when empty and {@code nullWhenEmpty}. */
    public static JsonElement array(List<String> values, boolean nullWhenEmpty) {
        if (values.isEmpty() && nullWhenEmpty) {
            return com.google.gson.JsonNull.INSTANCE;
        }
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    /** An integer field, or {@code fallback} when absent or null. */
    public static int integer(JsonObject json, String key, int fallback) {
        JsonElement e = json.get(key);
        return e == null || e.isJsonNull() ? fallback : e.getAsInt();
    }

    /** A number field, or {@code fallback} when absent or null. */
    public static double number(JsonObject json, String key, double fallback) {
        JsonElement e = json.get(key);
        return e == null || e.isJsonNull() ? fallback : e.getAsDouble();
    }

    /** A boolean field, or {@code fallback} when absent or null. */
    public static boolean bool(JsonObject json, String key, boolean fallback) {
        JsonElement e = json.get(key);
        return e == null || e.isJsonNull() ? fallback : e.getAsBoolean();
    }

    /** A string field, or {@code fallback} when absent or null. */
    public static String string(JsonObject json, String key, String fallback) {
        JsonElement e = json.get(key);
        return e == null || e.isJsonNull() ? fallback : e.getAsString();
    }
}
