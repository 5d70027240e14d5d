package org.paramlab.symbolic.experiment;

import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Rational;

import java.util.List;

/**
 * A plain expression tree node: a head, arguments, and for atoms a value or a name. Equality and
 * hashing are structural (records), so comparing or hashing a term walks it, and equal subterms are
 * separate objects: the representation that {@link CanonicalTerms} is measured against.
 *
 * @param op the head
 * @param args the arguments (empty for atoms)
 * @param value the value of a number, else null
 * @param name the name of a symbol, else null
 */
public record TreeTerm(Op op, List<TreeTerm> args, Rational value, String name) {
    /** Copies the arguments. */
    public TreeTerm {
        args = List.copyOf(args);
    }

    /** Infix text, fully parenthesised. */
    @Override
    public String toString() {
        switch (op.kind()) {
            case NUMBER:
                return value.toString();
            case SYMBOL:
                return name;
            case ADD:
            case MUL:
            case POW:
                {
                    StringBuilder sb = new StringBuilder("(");
                    for (int i = 0; i < args.size(); i++) {
                        sb.append(i == 0 ? "" : " " + op.name() + " ").append(args.get(i));
                    }
                    return sb.append(')').toString();
                }
            default:
                return op.name() + args.toString().replace('[', '(').replace(']', ')');
        }
    }
}
