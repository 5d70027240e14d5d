/**
 * Parameterized hypercomplex layers: a weight built as a Kronecker sum {@code W = Σᵢ Aᵢ ⊗ Fᵢ} of n
 * small "algebra rules" {@code Aᵢ (n × n)} and n blocks {@code Fᵢ}, so that a layer has about 1/n
 * of the parameters of the real layer of the same shape.
 *
 * <ul>
 *   <li>{@link org.paramlab.hypercomplex.PhmLinear}: the PHM fully connected layer (Zhang, Tay,
 *       Zhang, Chan, Luu, Hui, Fu. Beyond Fully-Connected Layers with Quaternions: Parameterization
 *       of Hypercomplex Multiplications with 1/n Parameters. ICLR 2021, arXiv:2102.08597).
 *   <li>{@link org.paramlab.hypercomplex.PhcConv1d}, {@link org.paramlab.hypercomplex.PhcConv2d},
 *       {@link org.paramlab.hypercomplex.PhcConv3d}: PHC convolutions, the Kronecker sum acting on
 *       the channel axes only (Grassucci, Zhang, Comminiello. PHNNs: Lightweight Neural Networks
 *       via Parameterized Hypercomplex Convolutions. IEEE TNNLS 2022, arXiv:2110.04176, eq. 7).
 *   <li>{@link org.paramlab.hypercomplex.PhmRules}: where the rules come from: learned per layer
 *       (the papers' default), fixed (Hamilton's, making the layer a quaternion layer, see {@link
 *       org.paramlab.hypercomplex.Quaternion}), or shared by several layers ({@link
 *       org.paramlab.hypercomplex.SharedRules}, as Compacter does). A rank-r factorisation {@code
 *       Fᵢ = sᵢtᵢ} (Compacter's low-rank "fast" weights) is a builder option.
 *   <li>{@link org.paramlab.hypercomplex.KroneckerSum}: the weight construction itself, batched
 *       (one small matrix product and one transpose; no per-element loops).
 *   <li>{@link org.paramlab.hypercomplex.PhcResNet}, {@link
 *       org.paramlab.hypercomplex.PhcImageStudy} and {@link org.paramlab.hypercomplex.HamiltonToy}:
 *       the experiments of the {@code phnn} notebook.
 * </ul>
 *
 * <p>Start with {@code PhcConv2d.builder().setN(4).setIn(64).setOut(64).setKernel(3).build()}.
 */
package org.paramlab.hypercomplex;
