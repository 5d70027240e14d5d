package org.paramlab.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named variable such as {@code x} or {@code k_1}. Names are identifiers: a letter, then letters,
 * digits or underscores. Two symbols with the same name are the same object.
 */
public final class Sym extends Expr {
    private final String name;

    private Sym(String name) {
        super(Hashing.finish(Hashing.mix(3, name.hashCode())), 1);
        this.name = name;
    }

    /**
     * The symbol called {@code name}.
     *
     * @throws IllegalArgumentException if {@code name} is not an identifier
     */
    public static Sym of(String name) {
        Objects.requireNonNull(name, "name");
        if (!isIdentifier(name)) {
            throw new IllegalArgumentException(
                    "Symbol name must be an identifier (a letter, then letters, digits or _),"
                            + " found '"
                            + name
                            + "'");
        }
        return intern(new Sym(name));
    }

    /** The symbols for each name, e.g. {@code Sym.list("x", "y", "z")}. */
    public static List<Sym> list(String... names) {
        List<Sym> out = new ArrayList<>(names.length);
        for (String n : names) {
            out.add(of(n));
        }
        return List.copyOf(out);
    }

    /** The symbols {@code prefix0 ... prefix(n-1)}, e.g. {@code Sym.range("u", 3)}. */
    public static List<Sym> range(String prefix, int n) {
        List<Sym> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(of(prefix + i));
        }
        return List.copyOf(out);
    }

    /** True for a letter followed by letters, digits or underscores. */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** The name. */
    public String name() {
        return name;
    }

    @Override
    boolean sameNode(Expr other) {
        return other instanceof Sym && ((Sym) other).name.equals(name);
    }

    @Override
    public boolean isAtom() {
        return true;
    }

    @Override
    public Op op() {
        return Op.SYMBOL;
    }

    @Override
    public List<Expr> args() {
        return List.of();
    }

    @Override
    public Expr withArgs(List<Expr> args) {
        Atoms.checkNoArgs(this, args);
        return this;
    }
}
