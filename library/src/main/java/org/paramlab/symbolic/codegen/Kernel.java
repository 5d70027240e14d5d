package org.paramlab.symbolic.codegen;

/** What a generated hidden class implements; see {@link CompiledFunction}. */
interface Kernel {
    /** Computes the outputs at one point; {@code s} has {@code scratchSize} entries. */
    void apply(double[] in, double[] out, double[] s);

    /**
     * Computes points {@code from} … {@code to − 1} of columns {@code in[k][p]} into {@code
     * out[j][p]}, for programs that fit one method; others throw {@link
     * UnsupportedOperationException} and are looped over by the caller.
     */
    void batch(double[][] in, double[][] out, int from, int to);
}
