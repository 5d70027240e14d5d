package org.paramlab.hypercomplex;

/**
 * Which convolutions a {@link PhcResNet} uses after its real stem: the PHNN paper's comparison of
 * real, quaternion and PHC networks (Grassucci, Zhang, Comminiello, IEEE TNNLS 2022,
 * arXiv:2110.04176, Tables II–IV).
 *
 * @param name the label in tables and charts
 * @param n the algebra's dimension (1 for real)
 * @param rules where each conv's rules come from
 */
public record PhcVariant(String name, int n, PhmRules rules) {
    /** Real convolutions: n = 1 with {@code A = [1]} fixed, exactly {@code out·in·k²} weights. */
    public static PhcVariant real() {
        return new PhcVariant("real", 1, PhmRules.real());
    }

    /** PHC convolutions with n learned rules per layer. */
    public static PhcVariant phc(int n) {
        return new PhcVariant("PHC n=" + n, n, PhmRules.learned());
    }

    /** Quaternion convolutions: n = 4 with Hamilton's rules fixed. */
    public static PhcVariant quaternion() {
        return new PhcVariant("quaternion", 4, PhmRules.hamilton());
    }

    /** A 2-D convolution of this variant, without bias (a batch norm follows). */
    PhcConv2d conv(int in, int out, int kernel, int stride) {
        return PhcConv2d.builder()
                .setN(n)
                .optRules(rules)
                .setIn(in)
                .setOut(out)
                .setKernel(kernel)
                .optStride(stride)
                .optPadding(kernel / 2)
                .build();
    }
}
