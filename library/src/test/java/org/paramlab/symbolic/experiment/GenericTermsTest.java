package org.paramlab.symbolic.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.List;

class GenericTermsTest {
    @Test
    void bothRepresentationsExpandToTheSameCanonicalPolynomial() {
        for (int n = 1; n <= 5; n++) {
            Expr canon = RepresentationStudy.expandPower(CanonicalTerms.INSTANCE, n);
            TreeTerm tree = RepresentationStudy.expandPower(TreeTerms.INSTANCE, n);
            assertSame(ExprParser.parse("(x + y + z + 1)^" + n).expand(), canon);
            assertSame(canon, GenericTerms.toExpr(TreeTerms.INSTANCE, tree));
        }
    }

    @Test
    void collectionAndDifferentiationAgree() {
        assertSame(
                RepresentationStudy.collectMonomials(CanonicalTerms.INSTANCE, 300, 1),
                GenericTerms.toExpr(
                        TreeTerms.INSTANCE,
                        RepresentationStudy.collectMonomials(TreeTerms.INSTANCE, 300, 1)));
        MassActionNetwork net = MassActionNetwork.random(6, 10, 4);
        List<Expr> a = RepresentationStudy.jacobian(CanonicalTerms.INSTANCE, net);
        List<TreeTerm> b = RepresentationStudy.jacobian(TreeTerms.INSTANCE, net);
        for (int i = 0; i < a.size(); i++) {
            assertSame(a.get(i), GenericTerms.toExpr(TreeTerms.INSTANCE, b.get(i)));
        }
        Expr f = ExprParser.parse("sin(x*y) + x^3*exp(y) + log(x)");
        Expr want =
                org.paramlab.symbolic.diff.Derivatives.diff(f, org.paramlab.symbolic.Sym.of("x"));
        assertSame(
                want.expand(),
                GenericTerms.toExpr(
                                TreeTerms.INSTANCE,
                                GenericTerms.diff(
                                        TreeTerms.INSTANCE,
                                        GenericTerms.convert(
                                                CanonicalTerms.INSTANCE, f, TreeTerms.INSTANCE),
                                        "x"))
                        .expand());
    }

    @Test
    void studyRunsAtSmallScaleAndMatchesSymPy() {
        RepresentationStudyResult r =
                RepresentationStudy.run(new RepresentationStudyConfig(List.of(4, 5), 200, 1, 3));
        assertTrue(r.identical());
        assertTrue(r.maxRelativeErrorVsSymPy() < 1e-12, () -> "" + r.maxRelativeErrorVsSymPy());
        assertEquals(4, r.rows().size());
        assertEquals(35, r.rows().get(0).resultTerms()); // C(4 + 3, 3)
        assertEquals(130, r.rows().get(3).resultTerms()); // SymPy's Jacobian non-zeros
    }
}
