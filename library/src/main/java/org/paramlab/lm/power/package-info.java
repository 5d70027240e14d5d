/**
 * The Power scheduler study (Shen et al., 2024, arXiv:2408.13359): {@link
 * org.paramlab.lm.power.PowerScheduling}. Used by {@code notebooks/lm/power-scheduler.ipynb}.
 */
package org.paramlab.lm.power;
