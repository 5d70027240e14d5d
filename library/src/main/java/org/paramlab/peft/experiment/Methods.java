package org.paramlab.peft.experiment;

import org.paramlab.peft.adapter.BottleneckConfig;
import org.paramlab.peft.bitfit.BitFitConfig;
import org.paramlab.peft.full.FullFineTuningConfig;
import org.paramlab.peft.ia3.Ia3Config;
import org.paramlab.peft.lntuning.LnTuningConfig;
import org.paramlab.peft.loha.LohaConfig;
import org.paramlab.peft.lokr.LokrConfig;
import org.paramlab.peft.lora.LoraConfig;
import org.paramlab.peft.lora.LoraVariant;
import org.paramlab.peft.prefix.PrefixTuningConfig;
import org.paramlab.peft.prompt.PromptTuningConfig;
import org.paramlab.peft.vera.VeraConfig;

import java.util.List;

/**
 * The methods of the PEFT notebooks, each with a classification head in {@code modules_to_save} and
 * a peak learning rate chosen per family: the usual ranges of the methods' papers and HF PEFT's
 * examples for short runs (full and top-layer fine-tuning 1e-4; LoRA-family, adapters, BitFit 1e-3
 * to 3e-3; (IA)³, prompt and prefix tuning and the linear probe, which move few parameters far,
 * 1e-2).
 */
public final class Methods {
    /** The head's module name in {@link org.paramlab.models.EncoderClassifier}. */
    public static final List<String> HEAD = List.of("classifier");

    private Methods() {}

    /** Top-k-layer fine-tuning of an L-layer encoder, 1e-4. */
    public static MethodSpec topLayers(int k, int layers) {
        return new MethodSpec(
                "top-" + k + " FT",
                FullFineTuningConfig.topLayers(k, layers).withModulesToSave(HEAD),
                1e-4);
    }

    /** Full fine-tuning, 5e-5. */
    public static MethodSpec full() {
        return new MethodSpec("full FT", FullFineTuningConfig.all().withModulesToSave(HEAD), 5e-5);
    }

    /** The head alone on the frozen encoder, 1e-2. */
    public static MethodSpec linearProbe() {
        return new MethodSpec(
                "linear probe", FullFineTuningConfig.linearProbe().withModulesToSave(HEAD), 1e-2);
    }

    /** LoRA r = 8 on query and value (α = 16), 2e-3. */
    public static MethodSpec lora() {
        return new MethodSpec(
                "LoRA", LoraConfig.defaults().withAlpha(16).withModulesToSave(HEAD), 2e-3);
    }

    /** LoRA of rank {@code r} (α = 2r) on query and value, 2e-3. */
    public static MethodSpec lora(int r) {
        return new MethodSpec(
                "LoRA",
                LoraConfig.defaults().withRank(r).withAlpha(2.0 * r).withModulesToSave(HEAD),
                2e-3);
    }

    /**
     * Visual prompt tuning (VPT-shallow, Jia et al., ECCV 2022, arXiv:2203.12119): {@code tokens}
     * random prompts before a ViT's patch embeddings, 1e-2.
     */
    public static MethodSpec visualPrompt(int tokens) {
        return new MethodSpec(
                "prompt " + tokens,
                new PromptTuningConfig(
                        tokens, PromptTuningConfig.Init.RANDOM, List.of("patch_embeddings"), HEAD),
                1e-2);
    }

    /** rsLoRA r = 8, α = 16 on query and value, 2e-3. */
    public static MethodSpec rsLora() {
        return new MethodSpec(
                "rsLoRA",
                LoraConfig.defaults()
                        .withAlpha(16)
                        .withVariant(LoraVariant.rsLora())
                        .withModulesToSave(HEAD),
                2e-3);
    }

    /** DoRA r = 8, α = 16 on query and value, 2e-3. */
    public static MethodSpec dora() {
        return new MethodSpec(
                "DoRA",
                LoraConfig.defaults()
                        .withAlpha(16)
                        .withVariant(LoraVariant.dora())
                        .withModulesToSave(HEAD),
                2e-3);
    }

    /** BitFit, 3e-3. */
    public static MethodSpec bitFit() {
        return new MethodSpec("BitFit", BitFitConfig.defaults().withModulesToSave(HEAD), 3e-3);
    }

    /** LayerNorm tuning, 3e-3. */
    public static MethodSpec lnTuning() {
        return new MethodSpec("LN tuning", LnTuningConfig.defaults().withModulesToSave(HEAD), 3e-3);
    }

    /** (IA)³ with HF's BERT targets, 1e-2. */
    public static MethodSpec ia3() {
        return new MethodSpec("(IA)³", Ia3Config.defaults().withModulesToSave(HEAD), 1e-2);
    }

    /** Houlsby adapters of width {@code size}, 1e-3. */
    public static MethodSpec houlsby(int size) {
        return new MethodSpec(
                "Houlsby " + size, BottleneckConfig.houlsby(size).withModulesToSave(HEAD), 1e-3);
    }

    /** Pfeiffer adapters of width {@code size}, 1e-3. */
    public static MethodSpec pfeiffer(int size) {
        return new MethodSpec(
                "Pfeiffer " + size, BottleneckConfig.pfeiffer(size).withModulesToSave(HEAD), 1e-3);
    }

    /** Parallel adapters of width {@code size}, 1e-3. */
    public static MethodSpec parallel(int size) {
        return new MethodSpec(
                "parallel " + size, BottleneckConfig.parallel(size).withModulesToSave(HEAD), 1e-3);
    }

    /** Prompt tuning with {@code tokens} vocabulary-initialised virtual tokens, 1e-2. */
    public static MethodSpec prompt(int tokens) {
        return new MethodSpec(
                "prompt " + tokens,
                PromptTuningConfig.of(tokens)
                        .withInit(PromptTuningConfig.Init.SAMPLE_VOCAB)
                        .withModulesToSave(HEAD),
                1e-2);
    }

    /** Prefix tuning with {@code tokens} virtual tokens (init std 0.5), 1e-2. */
    public static MethodSpec prefix(int tokens) {
        return new MethodSpec(
                "prefix " + tokens,
                PrefixTuningConfig.of(tokens).withInitStd(0.5).withModulesToSave(HEAD),
                1e-2);
    }

    /** LoHa r = 8 on query and value, 2e-3. */
    public static MethodSpec loha() {
        return new MethodSpec("LoHa", LohaConfig.defaults().withModulesToSave(HEAD), 2e-3);
    }

    /** LoKr r = 8 on query and value, 2e-3. */
    public static MethodSpec lokr() {
        return new MethodSpec("LoKr", LokrConfig.defaults().withModulesToSave(HEAD), 2e-3);
    }

    /** VeRA r = 256 on query and value, 1e-2 (its vectors need a large rate, paper §4). */
    public static MethodSpec vera() {
        return new MethodSpec("VeRA", VeraConfig.defaults().withModulesToSave(HEAD), 1e-2);
    }

    /** Every method of the framework, for a 6-layer encoder. */
    public static List<MethodSpec> all(int layers) {
        return List.of(
                topLayers(2, layers),
                linearProbe(),
                lora(),
                rsLora(),
                dora(),
                loha(),
                lokr(),
                vera(),
                ia3(),
                bitFit(),
                lnTuning(),
                houlsby(32),
                pfeiffer(32),
                parallel(32),
                prompt(10),
                prefix(10));
    }
}
