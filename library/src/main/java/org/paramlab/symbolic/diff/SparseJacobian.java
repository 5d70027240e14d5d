package org.paramlab.symbolic.diff;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.ExprMatrix;
import org.paramlab.symbolic.Num;

import java.util.List;

/**
 * A Jacobian that stores only its symbolic non-zeros, in the order of its {@link SparsityPattern}
 * (compressed sparse rows). Build with {@link Derivatives#sparseJacobian(List, List)}.
 *
 * @param pattern where the non-zeros are
 * @param values the non-zero entries, parallel to {@code pattern.colIndex()}
 */
public record SparseJacobian(SparsityPattern pattern, List<Expr> values) {
    /**
     * Checks the sizes agree.
     *
     * @throws IllegalArgumentException if there is not one value per non-zero
     */
    public SparseJacobian {
        values = List.copyOf(values);
        if (values.size() != pattern.nonZeros()) {
            throw new IllegalArgumentException(
                    values.size() + " values for " + pattern.nonZeros() + " non-zeros");
        }
    }

    /** Entry (i, j); exact 0 off the pattern. */
    public Expr get(int i, int j) {
        int k = pattern.indexOf(i, j);
        return k < 0 ? Num.ZERO : values.get(k);
    }

    /** The dense matrix. */
    public ExprMatrix toDense() {
        Expr[] e = new Expr[pattern.rows() * pattern.cols()];
        for (int i = 0; i < pattern.rows(); i++) {
            for (int j = 0; j < pattern.cols(); j++) {
                e[i * pattern.cols() + j] = get(i, j);
            }
        }
        return ExprMatrix.ofRowMajor(pattern.rows(), pattern.cols(), e);
    }
}
