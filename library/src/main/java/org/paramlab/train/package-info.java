/**
 * Training plumbing shared by all areas. For now: {@link org.paramlab.train.Interrupts}, which
 * every long loop calls so Jupyter's interrupt button stops a cell and leaves the kernel usable.
 */
package org.paramlab.train;
