/**
 * Low-rank matrix sensing by gradient descent on factorized parameterizations, reproducing Nuoya
 * Xiong, Lijun Ding and Simon S. Du, "How Over-Parameterization Slows Down Gradient Descent in
 * Matrix Sensing: The Curses of Symmetry and Initialization", ICLR 2024, arXiv:2310.01769.
 *
 * <p>The paper's claims: for a PSD ground truth M* of rank r, GD on the symmetric XXᵀ with k &gt; r
 * columns has an Ω(1/T²) lower bound on the loss (Theorem 1.1), against exp(−Ω(T)) for k = r; the
 * asymmetric FGᵀ with k &gt; r converges linearly at exp(−Ω(α²T)), α being the initialization scale
 * (Theorem 1.3); a method that modifies one step of GD (§5, step (5.1)) makes the rate independent
 * of α.
 *
 * <p>Start with {@link org.paramlab.stats.sensing.MatrixSensingConfig#defaults()} and {@link
 * org.paramlab.stats.sensing.MatrixSensing#runAll(java.util.List)}; fit the curves with {@link
 * org.paramlab.stats.sensing.RateFit} and tabulate them with {@link
 * org.paramlab.stats.sensing.RateTable}.
 *
 * <pre>{@code
 * var base = MatrixSensingConfig.defaults();                 // n = 20, M* eigenvalues {1, 0.5}
 * var runs = MatrixSensing.runAll(List.of(base.withK(2), base.withK(3)));
 * RateFit.predicted(runs.get(1)).exponent();                 // about -0.94: error ~ 1/t
 * }</pre>
 *
 * <p><b>What was and was not verified against the paper.</b> Only the abstract and the public ICLR
 * 2024 reviews of the paper could be read here, not its body. From them: the settings and rates
 * above, the theorem numbers, the adjoint 𝒜* defined beside eq. (2.2), the initialization scales α
 * for F and α/3 for G, the imbalance FᵀF − GᵀG as the quantity that sets the rate, and that step
 * (5.1) is executed once, when the iterates are close to the optimum. Our choices where the text
 * was not available: the losses ¼‖𝒜(XXᵀ) − y‖² and ½‖𝒜(FGᵀ) − y‖² (so the GD steps carry no
 * factor 2), initialization entries N(0, α²/n) (α is the column-norm scale; an entry scale of α
 * corresponds to our α·√n), Gaussian sensing scaled by 1/√m, and the formula of the one-step
 * modification, {@link org.paramlab.stats.sensing.Modification.Rebalance}, which is our reading and
 * is labelled as such.
 */
package org.paramlab.stats.sensing;
