/**
 * How the kernel shows values: one {@link org.paramlab.kernel.render.ValueRenderer} per type, each
 * giving a rich form (PNG, HTML) and a {@code text/plain} fallback, with no JavaScript and nothing
 * fetched from a network. {@link org.paramlab.kernel.render.Renderers} picks the renderer of the
 * nearest type.
 */
package org.paramlab.kernel.render;
