package org.paramlab.train.sweep;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The JSON form of sweep configs and results: records field by field, NaN and infinities kept, and
 * values of a sealed interface (such as {@link org.paramlab.train.LrSchedule}) tagged with their
 * record's simple name under {@value #TYPE} so they read back as the right record.
 */
public final class SweepJson {
    /** The member naming a sealed interface's implementation. */
    public static final String TYPE = "@type";

    /** The shared instance. */
    public static final Gson GSON =
            new GsonBuilder()
                    .serializeSpecialFloatingPointValues()
                    .disableHtmlEscaping()
                    .registerTypeAdapterFactory(new SealedFactory())
                    .create();

    private SweepJson() {}

    /** {@code value} as compact JSON. */
    public static String toJson(Object value) {
        return GSON.toJson(value);
    }

    /** The first 16 hex digits of the SHA-256 of {@code json}: a config's stable key. */
    public static String key(String json) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Tags and untags the records of sealed interfaces. */
    private static final class SealedFactory implements TypeAdapterFactory {
        @Override
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            if (!raw.isInterface() || !raw.isSealed()) {
                return null;
            }
            return new TypeAdapter<T>() {
                @Override
                public void write(JsonWriter out, T value) throws IOException {
                    if (value == null) {
                        out.nullValue();
                        return;
                    }
                    JsonObject object = gson.toJsonTree(value, value.getClass()).getAsJsonObject();
                    JsonObject tagged = new JsonObject();
                    tagged.addProperty(TYPE, value.getClass().getSimpleName());
                    object.entrySet().forEach(e -> tagged.add(e.getKey(), e.getValue()));
                    gson.toJson(tagged, out);
                }

                @Override
                @SuppressWarnings("unchecked")
                public T read(JsonReader in) throws IOException {
                    JsonElement element = gson.fromJson(in, JsonElement.class);
                    if (element == null || element.isJsonNull()) {
                        return null;
                    }
                    JsonObject object = element.getAsJsonObject();
                    String name = object.remove(TYPE).getAsString();
                    for (Class<?> permitted : raw.getPermittedSubclasses()) {
                        if (permitted.getSimpleName().equals(name)) {
                            return (T) gson.fromJson(object, permitted);
                        }
                    }
                    throw new IOException(
                            "No implementation '"
                                    + name
                                    + "' of "
                                    + raw.getName()
                                    + " to read back.");
                }
            };
        }
    }
}
