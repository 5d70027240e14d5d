/**
 * JMH benchmarks, built only with the Maven profile {@code bench}. {@link
 * org.paramlab.bench.WriteCpuCostTable} measures the CPU cost table shipped with {@code
 * org.paramlab.symbolic}; {@link org.paramlab.bench.ExpandBenchmark} times polynomial expansion.
 */
package org.paramlab.bench;
