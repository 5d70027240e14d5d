/**
 * What a notebook looks at: rich output that works in the kernel and degrades to text elsewhere.
 *
 * <p>{@link org.paramlab.viz.Output} is the one door to the notebook: {@code Output.show(value)}
 * puts a value in the cell's output and returns a handle that replaces it in place. The ParamLab
 * kernel installs a sink that renders charts as PNG, tables as HTML and so on; outside the kernel
 * (tests, plain Java) values print as text. {@link org.paramlab.viz.ProgressBar} and {@link
 * org.paramlab.viz.LiveChart} build on it for long loops; {@link org.paramlab.viz.Charts} makes the
 * XChart charts notebooks draw; {@link org.paramlab.viz.AudioClip} and {@link
 * org.paramlab.viz.Html} are values with a rich form; {@link org.paramlab.viz.Images} turns arrays
 * into pictures (image grids, heat maps).
 */
package org.paramlab.viz;
