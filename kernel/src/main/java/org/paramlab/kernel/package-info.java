/**
 * The ParamLab Jupyter kernel: IJava's Jupyter protocol implementation and JShell, with the library
 * preloaded.
 *
 * <p>Start at {@link org.paramlab.kernel.KernelMain} (the process entry point) and {@link
 * org.paramlab.kernel.ParamLabKernel} (execute, complete, inspect, errors). Cells are split into
 * code and magics by {@link org.paramlab.kernel.CellParser}; code runs in JShell through {@link
 * org.paramlab.kernel.CellEvaluator}, whose {@link org.paramlab.kernel.CellExecutionControl} runs
 * snippets on one interruptible thread and keeps each failure's real exception so errors show their
 * cause chain. Values are shown by the renderers in {@code render}, magics live in {@code magic},
 * and {@code wire} hardens the ZeroMQ channels.
 */
package org.paramlab.kernel;
