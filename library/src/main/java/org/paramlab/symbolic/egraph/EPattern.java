package org.paramlab.symbolic.egraph;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.parse.ExprParser;
import org.paramlab.symbolic.parse.SyntaxNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A pattern over e-nodes, written in the infix syntax of {@link ExprParser} with pattern variables
 * {@code ~x}, but read literally (not canonicalised), so {@code ~a + ~b} and {@code ~b + ~a} are
 * different patterns and commutativity can be stated as a rule. Reading: {@code a - b} is {@code a
 * + (-1)*b}, {@code a / b} is {@code a * b^(-1)}, {@code -a} is {@code (-1)*a}, {@code sqrt(a)} is
 * {@code a^(1/2)}, and number-only subterms such as {@code 1/2} fold to one constant; the same
 * shapes {@link EGraph#addExpr} produces. Searching is e-matching by backtracking (egg's {@code
 * Pattern} as {@code Searcher} and {@code Applier}).
 */
public final class EPattern implements ESearcher, EApplier {
    /** A node of the pattern tree. */
    private sealed interface Node permits Var, Leaf, Apply {}

    private record Var(String name) implements Node {}

    private record Leaf(Expr atom) implements Node {}

    private record Apply(Op op, List<Node> kids) implements Node {}

    private final Node root;
    private final String text;

    private EPattern(Node root, String text) {
        this.root = root;
        this.text = text;
    }

    /**
     * The pattern written in {@code text}, e.g. {@code "~a * (~b + ~c)"}.
     *
     * @throws org.paramlab.symbolic.parse.ExprSyntaxException if the text is malformed
     */
    public static EPattern parse(String text) {
        return new EPattern(translate(ExprParser.parseSyntax(text)), text.strip());
    }

    private static boolean hasVariablesOrNames(SyntaxNode n) {
        if (n instanceof SyntaxNode.Wildcard || n instanceof SyntaxNode.Name) {
            return true;
        }
        if (n instanceof SyntaxNode.Unary) {
            return hasVariablesOrNames(((SyntaxNode.Unary) n).operand());
        }
        if (n instanceof SyntaxNode.Binary) {
            SyntaxNode.Binary b = (SyntaxNode.Binary) n;
            return hasVariablesOrNames(b.left()) || hasVariablesOrNames(b.right());
        }
        if (n instanceof SyntaxNode.Apply) {
            for (SyntaxNode a : ((SyntaxNode.Apply) n).args()) {
                if (hasVariablesOrNames(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Node translate(SyntaxNode n) {
        if (!hasVariablesOrNames(n)) {
            Expr v = ExprParser.toExpr(n);
            if (v instanceof Num) {
                return new Leaf(v);
            }
        }
        if (n instanceof SyntaxNode.Wildcard) {
            return new Var(((SyntaxNode.Wildcard) n).name());
        }
        if (n instanceof SyntaxNode.Name) {
            return new Leaf(Sym.of(((SyntaxNode.Name) n).name()));
        }
        if (n instanceof SyntaxNode.NumberLiteral) {
            return new Leaf(ExprParser.toExpr(n));
        }
        if (n instanceof SyntaxNode.Unary) {
            SyntaxNode.Unary u = (SyntaxNode.Unary) n;
            Node x = translate(u.operand());
            return u.op() == '+' ? x : new Apply(Op.MUL, List.of(new Leaf(Num.MINUS_ONE), x));
        }
        if (n instanceof SyntaxNode.Binary) {
            SyntaxNode.Binary b = (SyntaxNode.Binary) n;
            Node l = translate(b.left());
            switch (b.op()) {
                case '+':
                    return new Apply(Op.ADD, List.of(l, translate(b.right())));
                case '-':
                    return new Apply(
                            Op.ADD,
                            List.of(
                                    l,
                                    translate(new SyntaxNode.Unary('-', b.right(), b.column()))));
                case '*':
                    return new Apply(Op.MUL, List.of(l, translate(b.right())));
                case '/':
                    Node inv =
                            new Apply(
                                    Op.POW, List.of(translate(b.right()), new Leaf(Num.MINUS_ONE)));
                    return new Apply(Op.MUL, List.of(l, inv));
                default:
                    return new Apply(Op.POW, List.of(l, translate(b.right())));
            }
        }
        SyntaxNode.Apply a = (SyntaxNode.Apply) n;
        List<Node> kids = new ArrayList<>();
        for (SyntaxNode k : a.args()) {
            kids.add(translate(k));
        }
        if (a.function().equals("sqrt") && kids.size() == 1) {
            return new Apply(Op.POW, List.of(kids.get(0), new Leaf(Num.HALF)));
        }
        return new Apply(Op.function(a.function(), kids.size()), kids);
    }

    /** The pattern variables, in order of first occurrence. */
    public Set<String> variables() {
        Set<String> out = new LinkedHashSet<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, Set<String> out) {
        if (n instanceof Var) {
            out.add(((Var) n).name());
        } else if (n instanceof Apply) {
            for (Node k : ((Apply) n).kids()) {
                collect(k, out);
            }
        }
    }

    @Override
    public List<EMatch> search(EGraph<?> g) {
        List<EMatch> out = new ArrayList<>();
        for (EClass<?> c : candidates(g)) {
            List<ESubst> s = searchClass(g, c.id());
            if (!s.isEmpty()) {
                out.add(new EMatch(c.id(), s));
            }
        }
        return out;
    }

    private List<? extends EClass<?>> candidates(EGraph<?> g) {
        if (root instanceof Apply) {
            return g.classesWithOp(((Apply) root).op());
        }
        return new ArrayList<>(g.classes());
    }

    /** The substitutions under which the pattern matches class {@code eclass}. */
    public List<ESubst> searchClass(EGraph<?> g, int eclass) {
        List<ESubst> out = new ArrayList<>();
        match(g, root, g.find(eclass), ESubst.EMPTY, out);
        return out;
    }

    private static void match(EGraph<?> g, Node p, int cls, ESubst s, List<ESubst> out) {
        if (p instanceof Var) {
            String v = ((Var) p).name();
            int bound = s.get(v);
            if (bound < 0) {
                out.add(s.with(v, cls));
            } else if (g.find(bound) == cls) {
                out.add(s);
            }
            return;
        }
        if (p instanceof Leaf) {
            if (g.lookup(ENode.leaf(((Leaf) p).atom())) == cls) {
                out.add(s);
            }
            return;
        }
        Apply a = (Apply) p;
        for (ENode n : g.eclass(cls).nodes()) {
            if (n.op() == a.op() && n.arity() == a.kids().size()) {
                matchKids(g, a.kids(), n, 0, s, out);
            }
        }
    }

    private static void matchKids(
            EGraph<?> g, List<Node> kids, ENode n, int i, ESubst s, List<ESubst> out) {
        if (i == kids.size()) {
            out.add(s);
            return;
        }
        List<ESubst> partial = new ArrayList<>();
        match(g, kids.get(i), g.find(n.child(i)), s, partial);
        for (ESubst t : partial) {
            matchKids(g, kids, n, i + 1, t, out);
        }
    }

    /**
     * Adds the pattern instantiated under {@code subst} and returns its class.
     *
     * @throws IllegalArgumentException if a variable is not bound
     */
    @Override
    public int apply(EGraph<?> g, int eclass, ESubst subst) {
        return instantiate(g, root, subst);
    }

    private static int instantiate(EGraph<?> g, Node p, ESubst s) {
        if (p instanceof Var) {
            return s.require(((Var) p).name());
        }
        if (p instanceof Leaf) {
            return g.add(ENode.leaf(((Leaf) p).atom()));
        }
        Apply a = (Apply) p;
        int[] c = new int[a.kids().size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = instantiate(g, a.kids().get(i), s);
        }
        return g.add(ENode.of(a.op(), c));
    }

    /** The text it was parsed from. */
    @Override
    public String toString() {
        return text;
    }
}
