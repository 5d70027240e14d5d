package org.paramlab.peft;

import com.google.gson.JsonObject;

import java.util.List;

/**
 * The settings of one parameter-efficient fine-tuning method, as a record per method ({@code
 * LoraConfig}, {@code Ia3Config}, …), like HF PEFT's {@code PeftConfig} subclasses.
 *
 * <p>{@link #targetModules()} selects the modules the method injects into (see {@link Targets} for
 * the matching rules); {@link #modulesToSave()} selects modules that are trained in full and saved
 * with the adapter (a classification head). Records implementing this are immutable and validated
 * in their compact constructors.
 */
public interface PeftConfig {
    /**
     * HF PEFT's {@code peft_type} ({@code LORA}, {@code IA3}, …); methods that HF PEFT lacks use
     * their own name ({@code BITFIT}, {@code BOTTLENECK}, {@code FULL}).
     */
    String peftType();

    /** Module patterns the method injects into; see {@link Targets}. */
    List<String> targetModules();

    /** Module patterns trained in full and saved with the adapter, e.g. {@code classifier}. */
    List<String> modulesToSave();

    /**
     * Whether HF PEFT has this method, so that saved adapters load there (and theirs here). Default
     * true.
     */
    default boolean hfCompatible() {
        return true;
    }

    /**
     * The method's fields of {@code adapter_config.json}, with HF PEFT's names; {@link PeftModel}
     * adds the common ones ({@code peft_type}, {@code target_modules}, {@code modules_to_save}, …).
     */
    JsonObject toJson();
}
