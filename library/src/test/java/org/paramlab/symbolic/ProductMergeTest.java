package org.paramlab.symbolic;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

class ProductMergeTest {
    @Test
    void mergedProductsEqualTheGeneralConstruction() {
        RandomExprs gen = new RandomExprs(31, true);
        Random rng = new Random(5);
        List<Expr> factors = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Expr e = gen.next(3);
            if (!(e instanceof Num)) {
                factors.add(e);
            }
            factors.add(RandomExprs.VARS.get(rng.nextInt(3)).pow(rng.nextInt(7) - 3));
            factors.add(
                    Sym.of("x")
                            .times(Expr.sin(Sym.of("y")))
                            .times(rng.nextInt(5) - 2 == 0 ? 3 : -2));
        }
        for (int k = 0; k < 3000; k++) {
            Expr a = factors.get(rng.nextInt(factors.size()));
            Expr b = factors.get(rng.nextInt(factors.size()));
            if (a instanceof Num || b instanceof Num) {
                continue;
            }
            Expr general = Mul.of(List.of(a, b, Num.ONE)); // three factors: never the merge path
            assertSame(general, Mul.of(a, b), () -> a + " * " + b);
            assertSame(general, a.times(b), () -> a + " * " + b);
        }
    }
}
