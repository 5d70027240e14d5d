package org.paramlab.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.HashMap;
import java.util.Map;

class CpuCostTableTest {
    private static CpuCostTable unit() {
        Map<String, Double> m = new HashMap<>();
        for (String k : new String[] {"add", "mul", "div", "sqrt", "pow", "call", "sin", "neg"}) {
            m.put(k, 1.0);
        }
        m.put("neg", 0.0);
        return CpuCostTable.of(m);
    }

    @Test
    void sharedSubtermsAreChargedOnce() {
        CpuCostTable t = unit();
        Expr s = ExprParser.parse("sin(x + y)");
        assertEquals(2.0, t.dagCost(s));
        Expr f = ExprParser.parse("sin(x + y)*sin(x + y) + sin(x + y)");
        // (x+y), sin, s^2 (one mul), + : 4
        assertEquals(4.0, t.dagCost(f));
    }

    @Test
    void integerPowersCostBinaryPoweringMultiplications() {
        CpuCostTable t = unit();
        assertEquals(1.0, t.powerCost(Num.of(2)));
        assertEquals(2.0, t.powerCost(Num.of(3)));
        assertEquals(3.0, t.powerCost(Num.of(-3)));
        assertEquals(4.0, t.powerCost(Num.of(7)));
        assertEquals(1.0, t.powerCost(Num.HALF));
    }

    @Test
    void theShippedTableIsMeasuredRelativeToAddition() {
        CpuCostTable t = CpuCostTable.standard();
        assertEquals(1.0, t.cost("add"));
        assertTrue(t.cost("pow") > t.cost("mul"), t::toString);
        assertTrue(t.cost("sin") > t.cost("add"), t::toString);
    }

    @Test
    void aTableWithoutTheBasicOperationsIsRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> CpuCostTable.of(Map.of("add", 1.0)));
        assertTrue(e.getMessage().contains("needs an entry"), e.getMessage());
    }
}
