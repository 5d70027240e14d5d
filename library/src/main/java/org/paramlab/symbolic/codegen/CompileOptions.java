package org.paramlab.symbolic.codegen;

/**
 * Settings of {@link ExprCompiler}.
 *
 * @param maxMethodBytes the bytecode budget of one generated method, in [256, 7,000] (default
 *     3,000). HotSpot does not JIT-compile methods over 8,000 bytes ({@code -XX:HugeMethodLimit});
 *     smaller methods compile sooner but pass more values through the scratch array.
 */
public record CompileOptions(int maxMethodBytes) {
    /**
     * Validates the budget.
     *
     * @throws IllegalArgumentException if {@code maxMethodBytes} is outside [256, 7,000]
     */
    public CompileOptions {
        if (maxMethodBytes < 256 || maxMethodBytes > 7_000) {
            throw new IllegalArgumentException(
                    "maxMethodBytes must be in [256, 7000] (HotSpot compiles methods up to 8000"
                            + " bytes), found "
                            + maxMethodBytes);
        }
    }

    /** 3,000 bytes per method. */
    public static CompileOptions defaults() {
        return new CompileOptions(3_000);
    }

    /** These options with another method budget. */
    public CompileOptions withMaxMethodBytes(int bytes) {
        return new CompileOptions(bytes);
    }
}
