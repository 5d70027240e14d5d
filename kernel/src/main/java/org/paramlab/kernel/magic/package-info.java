/**
 * ParamLab's magics: {@code %device} (engine, version, devices, threads), {@code %scale} (show or
 * set the run scale) and {@code %time} / {@code %%time} (wall time of a statement or a cell).
 * IJava's own magics ({@code %maven}, {@code %jars}, {@code %classpath}, {@code %load}) are
 * registered beside them by the kernel.
 */
package org.paramlab.kernel.magic;
