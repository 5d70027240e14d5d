package org.paramlab.symbolic.parse;

/**
 * A text that is not a well-formed expression or rule. The message names what was found, where
 * (1-based column) and what was expected, e.g. {@code "Unexpected ')' at column 7"}.
 */
public final class ExprSyntaxException extends IllegalArgumentException {
    /** The text being parsed. */
    private final String input;

    /** The 1-based column of the problem. */
    private final int column;

    /**
     * An error at {@code column} of {@code input}.
     *
     * @param message what was found and what was expected, ending with the position
     * @param input the whole text being parsed
     * @param column 1-based column of the problem
     */
    public ExprSyntaxException(String message, String input, int column) {
        super(message + "\n  " + input + "\n  " + " ".repeat(Math.max(0, column - 1)) + "^");
        this.input = input;
        this.column = column;
    }

    /** The text being parsed. */
    public String input() {
        return input;
    }

    /** The 1-based column of the problem. */
    public int column() {
        return column;
    }
}
