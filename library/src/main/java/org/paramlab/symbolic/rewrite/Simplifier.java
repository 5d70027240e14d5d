package org.paramlab.symbolic.rewrite;

import org.paramlab.symbolic.Expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Budgeted simplification: passes of a bottom-up walk that tries each rule at each node, until a
 * pass changes nothing; at that point the expanded form is tried once as a new start (it lets
 * {@code (sin x + cos x)^2 - 2 sin x cos x} reach 1). It returns the cheapest expression seen under
 * a cost function (default: tree size), and stops at the first limit of its {@link SimplifyBudget},
 * so a rule set that loops or grows without end still returns.
 *
 * <pre>{@code
 * Expr e = ExprParser.parse("sin(x)^2 + cos(x)^2 + exp(log(y))");
 * Simplifier.simplify(e);                                   // y + 1
 * SimplifyResult r = Simplifier.standard().simplify(e, SimplifyBudget.defaults().withMaxSteps(1));
 * r.stop();                                                 // STEP_LIMIT
 * }</pre>
 */
public final class Simplifier {
    private static final long EXPANSION_LIMIT = 10_000;

    private final List<Rewriter> rules;
    private final ToDoubleFunction<Expr> cost;

    /** A simplifier trying {@code rules} at every node, ranking results by tree size. */
    public Simplifier(List<? extends Rewriter> rules) {
        this(rules, e -> (double) e.treeSize());
    }

    private Simplifier(List<? extends Rewriter> rules, ToDoubleFunction<Expr> cost) {
        this.rules = List.copyOf(rules);
        this.cost = cost;
    }

    /** The standard rules ({@link SimplificationRules#standard()}) plus polynomial cancellation. */
    public static Simplifier standard() {
        List<Rewriter> rs = new ArrayList<>(SimplificationRules.standard());
        rs.add(new PolynomialCancel(EXPANSION_LIMIT));
        return new Simplifier(rs);
    }

    /** {@code standard().simplify(e, SimplifyBudget.defaults()).best()}. */
    public static Expr simplify(Expr e) {
        return standard().simplify(e, SimplifyBudget.defaults()).best();
    }

    /** This simplifier ranking results by another cost (e.g. a CPU cost model). */
    public Simplifier withCost(ToDoubleFunction<Expr> costFunction) {
        return new Simplifier(rules, costFunction);
    }

    /** The best expression found for {@code e} within {@code budget}. */
    public SimplifyResult simplify(Expr e, SimplifyBudget budget) {
        long start = System.nanoTime();
        BudgetTracker t = new BudgetTracker(budget, start);
        Rewriter atNode =
                x -> {
                    for (Rewriter r : rules) {
                        t.tick();
                        Expr y = r.rewrite(x);
                        if (y != x) {
                            t.step(y);
                            return y;
                        }
                    }
                    return x;
                };
        Rewriter pass = Rewriters.postwalk(atNode);
        Set<Expr> expanded = Collections.newSetFromMap(new IdentityHashMap<>());
        Expr best = e;
        double bestCost = cost.applyAsDouble(e);
        Expr cur = e;
        int passes = 0;
        SimplifyResult.Stop stop;
        try {
            while (true) {
                Expr next = pass.rewrite(cur);
                passes++;
                if (next == cur) {
                    if (!expanded.add(cur) || Expansions.tooLarge(cur, EXPANSION_LIMIT)) {
                        stop = SimplifyResult.Stop.FIXPOINT;
                        break;
                    }
                    t.tick();
                    next = cur.expand();
                    if (next == cur) {
                        stop = SimplifyResult.Stop.FIXPOINT;
                        break;
                    }
                    t.checkSize(next);
                }
                cur = next;
                double c = cost.applyAsDouble(cur);
                if (c < bestCost) {
                    best = cur;
                    bestCost = c;
                }
            }
        } catch (BudgetTracker.Exceeded x) {
            stop = x.reason;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new SimplifyResult(best, bestCost, t.steps(), passes, stop, millis);
    }
}
