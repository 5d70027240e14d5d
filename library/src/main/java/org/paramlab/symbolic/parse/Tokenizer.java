package org.paramlab.symbolic.parse;

/** Splits expression text into tokens, tracking 1-based columns. */
final class Tokenizer {
    enum Kind {
        NUMBER,
        NAME,
        WILDCARD,
        OP,
        LPAREN,
        RPAREN,
        COMMA,
        END
    }

    record Token(Kind kind, String text, int column) {
        String describe() {
            return kind == Kind.END ? "end of input" : "'" + text + "'";
        }
    }

    private final String s;
    private int pos;

    Tokenizer(String s) {
        this.s = s;
    }

    String input() {
        return s;
    }

    Token next() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        int start = pos;
        int column = start + 1;
        if (pos >= s.length()) {
            return new Token(Kind.END, "", column);
        }
        char c = s.charAt(pos);
        if (Character.isDigit(c)
                || (c == '.' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1)))) {
            return number(start);
        }
        if (Character.isLetter(c)) {
            pos++;
            while (pos < s.length()
                    && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(Kind.NAME, s.substring(start, pos), column);
        }
        if (c == '~') {
            pos++;
            int nameStart = pos;
            while (pos < s.length()
                    && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            if (pos == nameStart || !Character.isLetter(s.charAt(nameStart))) {
                throw new ExprSyntaxException(
                        "Expected a pattern variable name after '~' at column " + column,
                        s,
                        column);
            }
            return new Token(Kind.WILDCARD, s.substring(nameStart, pos), column);
        }
        pos++;
        switch (c) {
            case '+':
            case '-':
            case '/':
            case '^':
                return new Token(Kind.OP, String.valueOf(c), column);
            case '*':
                if (pos < s.length() && s.charAt(pos) == '*') {
                    pos++;
                    return new Token(Kind.OP, "^", column);
                }
                return new Token(Kind.OP, "*", column);
            case '(':
                return new Token(Kind.LPAREN, "(", column);
            case ')':
                return new Token(Kind.RPAREN, ")", column);
            case ',':
                return new Token(Kind.COMMA, ",", column);
            default:
                throw new ExprSyntaxException(
                        "Unexpected character '" + c + "' at column " + column, s, column);
        }
    }

    private Token number(int start) {
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save; // not an exponent: "2e" is 2 followed by the name e
            }
        }
        return new Token(Kind.NUMBER, s.substring(start, pos), start + 1);
    }
}
