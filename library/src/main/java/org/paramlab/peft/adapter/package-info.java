/**
 * Bottleneck adapters: Houlsby et al., Parameter-Efficient Transfer Learning for NLP, ICML 2019,
 * arXiv:1902.00751; Pfeiffer et al., AdapterFusion, EACL 2021, arXiv:2005.00247; He et al., Towards
 * a Unified View of Parameter-Efficient Transfer Learning, ICLR 2022, arXiv:2110.04366.
 *
 * <p>A small two-layer network {@code f(z) = s·σ(zW_down)W_up} added inside the residual stream:
 * after both sub-layers (Houlsby), after the feed-forward only (Pfeiffer), or in parallel to the
 * feed-forward reading its input (He et al.). Defaults per {@link
 * org.paramlab.peft.adapter.Placement} follow AdapterHub. HF PEFT has no bottleneck adapters; files
 * use PEFT's layout under {@code peft_type = "BOTTLENECK"}. A Houlsby adapter of width 32 on
 * MiniLM: {@code 12·(2·384·32 + 32 + 384) = 299,904} parameters.
 */
package org.paramlab.peft.adapter;
