/**
 * The Monte Carlo mechanics of polymorphic combinatorial frameworks (PCF): agents configured over
 * the five SPARK dimensions (Skills, Personalities, Approaches, Resources, Knowledge) at five
 * complexity tiers, with and without reconfiguration, after the PCF paper on LLM-estimated SPARK
 * spaces for café domains, whose claim is that 1.25 million Monte Carlo runs show diminishing
 * returns of adaptation at high complexity.
 *
 * <p><b>Nothing here is the paper's model.</b> The paper's parameters were estimated by LLMs and
 * are not public, and no code or parameter table was found; {@link
 * org.paramlab.search.pcf.PcfSimulator} states our mechanics, {@link
 * org.paramlab.search.pcf.SparkPriors} our default priors and the ranges of the random "plausible"
 * settings, and {@link org.paramlab.search.pcf.Pcf} runs both the default study and the robustness
 * study that decides whether the claim survives changes of the priors.
 *
 * <pre>{@code
 * PcfResult tiers = Pcf.run(PcfConfig.defaults(), SparkPriors.defaults());
 * tiers.table()
 * }</pre>
 */
package org.paramlab.search.pcf;
