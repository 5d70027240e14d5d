package org.paramlab.symbolic.experiment;

import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Rational;

import java.util.List;

/**
 * A term interface that generic symbolic algorithms ({@link GenericTerms}) are written against,
 * with interchangeable representations: the paper's point that the operation/arguments interface
 * lets an optimised representation replace plain trees without touching the rewriters (Gowda et
 * al., "High-performance symbolic-numerics via multiple dispatch", ACM Commun. Comput. Algebra
 * 55(3), 2021, arXiv:2105.03949, §3: {@code operation}, {@code arguments}, {@code similarterm},
 * {@code istree}).
 *
 * <p>{@link CanonicalTerms} is ParamLab's hash-consed {@code Expr} with Add/Mul coefficient maps;
 * {@link TreeTerms} is a plain tree with structural equality, as a term library has before it
 * adopts such forms.
 *
 * @param <T> the term type
 */
public interface TermRepresentation<T> {
    /** A short name for tables. */
    String name();

    /** True for plain trees (no canonical form, no sharing). */
    boolean isTree();

    /**
     * True when {@link #make} already keeps sums and products in a normal form with like terms
     * combined, so {@link GenericTerms#collect} has nothing left to do (SymbolicUtils' Add/Mul);
     * false for plain trees, which the algorithm has to collect itself.
     */
    boolean collectsOnConstruction();

    /** The head of a term: {@link Op#NUMBER}, {@link Op#SYMBOL}, {@link Op#ADD}, ... */
    Op op(T t);

    /** The arguments of a compound term (empty for atoms). */
    List<T> args(T t);

    /** The exact value of a number term. */
    Rational value(T t);

    /** The symbol's name. */
    String name(T t);

    /** The exact number r. */
    T number(Rational r);

    /** The symbol called {@code name}. */
    T symbol(String name);

    /** The term op(args) ({@link Op#ADD}, {@link Op#MUL}, {@link Op#POW} or a function). */
    T make(Op op, List<T> args);
}
