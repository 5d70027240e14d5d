/**
 * Parameter-efficient fine-tuning, shaped like HF PEFT: a config record per method, {@link
 * org.paramlab.peft.Peft#wrap} to inject it into the modules its {@code targetModules} match and
 * freeze the rest, a {@link org.paramlab.peft.PeftModel} with named adapters, switching, disabling,
 * merging and HF-compatible save/load, and one sub-package per method: {@code lora} (with rsLoRA
 * and DoRA), {@code ia3}, {@code loha}, {@code lokr}, {@code vera}, {@code lntuning}, {@code
 * prompt}, {@code prefix}, {@code bitfit}, {@code adapter} (Houlsby, Pfeiffer, parallel), {@code
 * compacter} (Compacter, Compacter++, PHM-Adapter), {@code flora} (FLoRA, and LoRA on convolution
 * kernels), {@code full}.
 *
 * <p>The contract every method meets lives once here: {@link org.paramlab.peft.Tuner} (inject, save
 * names) and {@link org.paramlab.peft.TunerLayer} (wrapped module: create, forward, merge).
 * Surveys: Han, Gao, Liu, Zhang, Zhang. Parameter-Efficient Fine-Tuning for Large Models: A
 * Comprehensive Survey. TMLR 2024, arXiv:2403.14608; Zhang et al. Parameter-Efficient Fine-Tuning
 * for Foundation Models, 2025, arXiv:2501.13787.
 *
 * <p>Start with {@code Peft.wrap(model, LoraConfig.defaults()).summary()}.
 */
package org.paramlab.peft;
