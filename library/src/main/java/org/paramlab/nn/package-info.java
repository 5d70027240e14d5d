/**
 * Building blocks shared by every area: DJL blocks with PyTorch's parameter names and layouts
 * ({@link org.paramlab.nn.Linear}, {@link org.paramlab.nn.LayerNorm}, {@link
 * org.paramlab.nn.Embedding}), composite blocks whose children are addressable and replaceable by
 * name ({@link org.paramlab.nn.ModuleBlock}), dotted module paths over any block tree ({@link
 * org.paramlab.nn.ModulePaths}, the {@code named_modules()} of DJL) and the safetensors file format
 * ({@link org.paramlab.nn.Safetensors}).
 *
 * <p>Start with {@code ModulePaths.modules(model)} to see what a tuner can target.
 */
package org.paramlab.nn;
