package org.paramlab.peft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paramlab.peft.ia3.Ia3Config;
import org.paramlab.peft.lora.LoraConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class PeftModelTest {

    @Test
    void patternsThatMatchNothingListTheModules() {
        try (NDManager m = NDManager.newBaseManager()) {
            var model = TinyBert.classifier(m, 1);
            var e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () ->
                                    Peft.wrap(
                                            model,
                                            LoraConfig.defaults()
                                                    .withTargetModules(List.of("q_proj"))));
            assertTrue(e.getMessage().contains("[q_proj] match no Linear module"), e.getMessage());
            assertTrue(
                    e.getMessage().contains("bert.encoder.layer.0.attention.self.query"),
                    e.getMessage());
        }
    }

    @Test
    void patternsThatMatchOnlyOtherKindsSaySo() {
        try (NDManager m = NDManager.newBaseManager()) {
            var model = TinyBert.classifier(m, 1);
            var e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () ->
                                    Peft.wrap(
                                            model,
                                            LoraConfig.defaults()
                                                    .withTargetModules(List.of("attention.self"))));
            assertTrue(e.getMessage().contains("not Linear"), e.getMessage());
        }
    }

    @Test
    void rankAboveTheLayerSizeNamesTheLimit() {
        try (NDManager m = NDManager.newBaseManager()) {
            var model = TinyBert.classifier(m, 1);
            var e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> Peft.wrap(model, LoraConfig.defaults().withRank(17)));
            assertEquals(
                    "LoRA rank 17 exceeds min(in, out) = 16 for"
                            + " bert.encoder.layer.0.attention.self.query; use rank ≤ 16.",
                    e.getMessage());
        }
    }

    @Test
    void adapterFileWithWrongShapesNamesTheTensorAndBothShapes(@TempDir Path dir) throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            Peft.wrap(TinyBert.classifier(m, 1), LoraConfig.defaults().withRank(4)).save(dir);
            Path config = dir.resolve("adapter_config.json");
            JsonObject json = JsonParser.parseString(Files.readString(config)).getAsJsonObject();
            json.addProperty("r", 2);
            Files.writeString(config, json.toString());
            var e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> Peft.load(TinyBert.classifier(m, 1), dir));
            assertTrue(
                    e.getMessage()
                            .contains(
                                    "'base_model.model.bert.encoder.layer.0.attention.self.query.lora_A.weight'"
                                            + " has shape (4, 16) but the model expects (2, 16)"),
                    e.getMessage());
        }
    }

    @Test
    void loraConfigIsWrittenWithPeftFieldNames(@TempDir Path dir) throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            Peft.wrap(
                            TinyBert.classifier(m, 1),
                            LoraConfig.defaults().withModulesToSave(List.of("classifier")))
                    .withBaseModelName("sentence-transformers/all-MiniLM-L6-v2")
                    .save(dir);
        }
        JsonObject json =
                JsonParser.parseString(Files.readString(dir.resolve("adapter_config.json")))
                        .getAsJsonObject();
        assertEquals("LORA", json.get("peft_type").getAsString());
        assertEquals(8, json.get("r").getAsInt());
        assertEquals(8.0, json.get("lora_alpha").getAsDouble());
        assertEquals("[\"query\",\"value\"]", json.get("target_modules").toString());
        assertEquals("[\"classifier\"]", json.get("modules_to_save").toString());
        assertFalse(json.get("use_dora").getAsBoolean());
        assertEquals(
                "sentence-transformers/all-MiniLM-L6-v2",
                json.get("base_model_name_or_path").getAsString());
    }

    @Test
    void namedAdaptersSwitchAndOnlyTheActiveOneTrains() {
        try (NDManager m = NDManager.newBaseManager()) {
            var model = TinyBert.classifier(m, 2);
            float[] base = TinyBert.logits(model, m);
            PeftModel peft = Peft.wrap(model, LoraConfig.defaults().withRank(2), "a");
            TinyBert.perturb(peft, m);
            float[] withA = TinyBert.logits(model, m);
            peft.addAdapter("b", Ia3Config.defaults());
            assertEquals("a", peft.activeAdapter());
            assertTrue(TinyBert.maxAbsDiff(withA, TinyBert.logits(model, m)) < 1e-6, "b inactive");
            peft.setAdapter("b");
            assertTrue(
                    peft.trainableParameters().keySet().stream()
                            .allMatch(k -> k.contains("ia3_l.b")));
            TinyBert.perturb(peft, m);
            float[] withB = TinyBert.logits(model, m);
            assertTrue(TinyBert.maxAbsDiff(withA, withB) > 1e-4);
            peft.setAdapter("a");
            assertTrue(TinyBert.maxAbsDiff(withA, TinyBert.logits(model, m)) < 1e-6);
            assertTrue(
                    peft.trainableParameters().keySet().stream()
                            .allMatch(k -> k.contains("lora_")));
            peft.deleteAdapter("a");
            assertEquals("b", peft.activeAdapter());
            assertTrue(TinyBert.maxAbsDiff(withB, TinyBert.logits(model, m)) < 1e-6);
            peft.deleteAdapter("b");
            assertTrue(TinyBert.maxAbsDiff(base, TinyBert.logits(model, m)) < 1e-6);
        }
    }

    @Test
    void summaryAndReportCountTheSameParameters() {
        try (NDManager m = NDManager.newBaseManager()) {
            PeftModel peft =
                    Peft.wrap(TinyBert.classifier(m, 1), LoraConfig.defaults().withRank(4));
            assertTrue(
                    peft.summary().startsWith("trainable params: 512 || all params: "),
                    peft.summary());
            var report = peft.parameterReport();
            assertEquals(8 + 1, report.rowCount());
            assertEquals(peft.totalCount(), (long) report.longColumn("count").sum());
        }
    }

    @Test
    void mergeIsRefusedForNonLinearMethods() {
        try (NDManager m = NDManager.newBaseManager()) {
            PeftModel peft =
                    Peft.wrap(
                            TinyBert.classifier(m, 1),
                            org.paramlab.peft.adapter.BottleneckConfig.houlsby(4));
            var e = assertThrows(UnsupportedOperationException.class, peft::merge);
            assertTrue(e.getMessage().contains("cannot be merged"), e.getMessage());
        }
    }

    @Test
    void suffixAndRegexPatternsFollowPeftRules() {
        assertTrue(Targets.matches("query", "encoder.layer.3.attention.self.query"));
        assertTrue(Targets.matches("self.query", "encoder.layer.3.attention.self.query"));
        assertFalse(Targets.matches("uery", "encoder.layer.3.attention.self.query"));
        assertTrue(Targets.matches("output.dense", "encoder.layer.3.attention.output.dense"));
        assertTrue(
                Targets.matches(".*layer\\.3\\..*query", "encoder.layer.3.attention.self.query"));
        assertFalse(
                Targets.matches(".*layer\\.3\\..*query", "encoder.layer.13.attention.self.query"));
    }
}
