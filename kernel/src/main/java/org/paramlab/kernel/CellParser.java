package org.paramlab.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell into Java code and magics, keeping each part's line number in the cell.
 *
 * <p>A cell whose first non-blank line starts with {@code %%name} is a cell magic: the rest of that
 * line holds its arguments and the following lines its body. Otherwise every line that starts
 * (after blanks) with {@code %name} is a line magic, and the lines between magics are code. Magics
 * run in the kernel, not in JShell, so they can evaluate code themselves (as {@code %%time} does).
 */
final class CellParser {
    private CellParser() {}

    /** A part of a cell. */
    sealed interface Part permits Code, LineMagic {
        /** The cell line (1-based) the part starts on. */
        int line();
    }

    /**
     * Java source.
     *
     * @param source the code, as typed
     * @param line the cell line its first line is on
     */
    record Code(String source, int line) implements Part {}

    /**
     * A {@code %name args} line.
     *
     * @param name magic name without the percent sign
     * @param args arguments, split on blanks outside quotes
     * @param line the cell line
     */
    record LineMagic(String name, List<String> args, int line) implements Part {}

    /**
     * A {@code %%name args} cell.
     *
     * @param name magic name without the percent signs
     * @param args arguments on the first line
     * @param body the remaining lines
     * @param bodyLine the cell line the body starts on
     */
    record CellMagic(String name, List<String> args, String body, int bodyLine) {}

    /**
     * A parsed cell: either a cell magic or a list of parts.
     *
     * @param cellMagic the cell magic, or null
     * @param parts code and line magics in order (empty for a cell magic)
     */
    record Parsed(CellMagic cellMagic, List<Part> parts) {}

    /** Parses a cell. */
    static Parsed parse(String cell) {
        String[] lines = cell.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length && lines[first].stripLeading().startsWith("%%")) {
            String header = lines[first].stripLeading().substring(2);
            List<String> words = tokenize(header);
            if (words.isEmpty()) {
                throw new IllegalArgumentException(
                        "Cell magic without a name on line " + (first + 1));
            }
            StringBuilder body = new StringBuilder();
            for (int i = first + 1; i < lines.length; i++) {
                body.append(lines[i]);
                if (i < lines.length - 1) {
                    body.append('\n');
                }
            }
            return new Parsed(
                    new CellMagic(
                            words.get(0),
                            List.copyOf(words.subList(1, words.size())),
                            body.toString(),
                            first + 2),
                    List.of());
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int codeLine = 1;
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            if (isLineMagic(stripped)) {
                flush(parts, code, codeLine);
                List<String> words = tokenize(stripped.substring(1));
                parts.add(
                        new LineMagic(
                                words.get(0), List.copyOf(words.subList(1, words.size())), i + 1));
                codeLine = i + 2;
            } else {
                if (code.length() == 0) {
                    codeLine = i + 1;
                }
                code.append(lines[i]).append('\n');
            }
        }
        flush(parts, code, codeLine);
        return new Parsed(null, parts);
    }

    private static boolean isLineMagic(String stripped) {
        return stripped.length() > 1
                && stripped.charAt(0) == '%'
                && Character.isLetter(stripped.charAt(1));
    }

    private static void flush(List<Part> parts, StringBuilder code, int line) {
        if (!code.toString().isBlank()) {
            parts.add(new Code(code.toString(), line));
        }
        code.setLength(0);
    }

    /** Splits on blanks, keeping quoted strings (single or double quotes) together. */
    static List<String> tokenize(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("Unclosed quote in magic arguments: " + text);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
