package org.paramlab.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

class ExprWalkTest {
    @Test
    void postOrderVisitsChildrenFirstAndEachNodeOnce() {
        Expr e = ExprParser.parse("f(sin(x), sin(x)) + sin(x)*y");
        List<Expr> order = ExprWalk.postOrder(e);
        Set<Expr> seen = new HashSet<>();
        for (Expr n : order) {
            for (Expr a : n.args()) {
                assertTrue(seen.contains(a), () -> a + " after its parent " + n);
            }
            assertTrue(seen.add(n), () -> n + " visited twice");
        }
        assertEquals(e, order.get(order.size() - 1));
    }

    @Test
    void freeSymbolsAndContainment() {
        Expr e = ExprParser.parse("x^2 + sin(y)");
        assertEquals(Set.of(Sym.of("x"), Sym.of("y")), ExprWalk.freeSymbols(e));
        assertTrue(e.has(ExprParser.parse("sin(y)")));
        assertTrue(!e.has(Sym.of("z")));
    }
}
