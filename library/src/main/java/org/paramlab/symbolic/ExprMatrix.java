package org.paramlab.symbolic;

import org.paramlab.viz.LatexForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An immutable dense matrix of expressions, such as a Jacobian or Hessian. Shown in notebooks as a
 * LaTeX {@code pmatrix}.
 */
public final class ExprMatrix implements LatexForm {
    private final int rows;
    private final int cols;
    private final Expr[] entries; // row-major

    private ExprMatrix(int rows, int cols, Expr[] entries) {
        this.rows = rows;
        this.cols = cols;
        this.entries = entries;
    }

    /**
     * The matrix with the given rows.
     *
     * @throws IllegalArgumentException if the rows differ in length
     */
    public static ExprMatrix of(List<? extends List<? extends Expr>> rowList) {
        int r = rowList.size();
        int c = r == 0 ? 0 : rowList.get(0).size();
        Expr[] e = new Expr[r * c];
        for (int i = 0; i < r; i++) {
            List<? extends Expr> row = rowList.get(i);
            if (row.size() != c) {
                throw new IllegalArgumentException(
                        "Row " + i + " has " + row.size() + " entries, expected " + c);
            }
            for (int j = 0; j < c; j++) {
                e[i * c + j] = row.get(j);
            }
        }
        return new ExprMatrix(r, c, e);
    }

    /** A rows × cols matrix of exact zeros. */
    public static ExprMatrix zeros(int rows, int cols) {
        Expr[] e = new Expr[rows * cols];
        java.util.Arrays.fill(e, Num.ZERO);
        return new ExprMatrix(rows, cols, e);
    }

    /** A matrix from its row-major entries (the array is copied). */
    public static ExprMatrix ofRowMajor(int rows, int cols, Expr[] rowMajor) {
        if (rowMajor.length != rows * cols) {
            throw new IllegalArgumentException(
                    "Expected "
                            + rows * cols
                            + " entries for "
                            + rows
                            + "x"
                            + cols
                            + ", found "
                            + rowMajor.length);
        }
        return new ExprMatrix(rows, cols, rowMajor.clone());
    }

    /** The number of rows. */
    public int rows() {
        return rows;
    }

    /** The number of columns. */
    public int cols() {
        return cols;
    }

    /** Entry (i, j), 0-based. */
    public Expr get(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException(
                    "(" + i + ", " + j + ") outside a " + rows + "x" + cols + " matrix");
        }
        return entries[i * cols + j];
    }

    /** Row {@code i} as a list. */
    public List<Expr> row(int i) {
        List<Expr> out = new ArrayList<>(cols);
        for (int j = 0; j < cols; j++) {
            out.add(get(i, j));
        }
        return out;
    }

    /** The entries in row-major order. */
    public List<Expr> entries() {
        return List.of(entries);
    }

    /** The values of every entry under the bindings. */
    public double[][] eval(Map<? extends Expr, ? extends Number> values) {
        DoubleEvaluator ev = new DoubleEvaluator(values);
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i][j] = ev.eval(entries[i * cols + j]);
            }
        }
        return out;
    }

    /** {@code \begin{pmatrix} ... \end{pmatrix}}. */
    @Override
    public String latex() {
        StringBuilder sb = new StringBuilder("\\begin{pmatrix}");
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                sb.append(j == 0 ? "" : " & ").append(get(i, j).latex());
            }
            sb.append(i + 1 < rows ? " \\\\ " : "");
        }
        return sb.append("\\end{pmatrix}").toString();
    }

    /** Rows in brackets, e.g. {@code [[2*x, 1], [0, y]]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows; i++) {
            sb.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < cols; j++) {
                sb.append(j == 0 ? "" : ", ").append(get(i, j));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
