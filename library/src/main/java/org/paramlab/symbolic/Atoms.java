package org.paramlab.symbolic;

import java.util.List;

/** Checks shared by the atom kinds. */
final class Atoms {
    private Atoms() {}

    static void checkNoArgs(Expr atom, List<Expr> args) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException(
                    "The atom " + atom + " takes no arguments, found " + args.size());
        }
    }
}
