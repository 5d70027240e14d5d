package org.paramlab.symbolic.diff;

/**
 * The positions of the non-zero entries of a sparse matrix in compressed sparse row form: the
 * non-zeros of row i are at columns {@code colIndex[rowStart[i] .. rowStart[i+1])}, ascending.
 *
 * @param rows the number of rows
 * @param cols the number of columns
 * @param rowStart length rows + 1, offsets into colIndex
 * @param colIndex column of each non-zero, ascending within a row
 */
public record SparsityPattern(int rows, int cols, int[] rowStart, int[] colIndex) {
    /**
     * Checks the shape.
     *
     * @throws IllegalArgumentException if the arrays do not describe a rows × cols CSR pattern
     */
    public SparsityPattern {
        if (rowStart.length != rows + 1 || rowStart[rows] != colIndex.length) {
            throw new IllegalArgumentException(
                    "rowStart must have rows + 1 = "
                            + (rows + 1)
                            + " entries ending at colIndex.length = "
                            + colIndex.length);
        }
        rowStart = rowStart.clone();
        colIndex = colIndex.clone();
    }

    /** The number of structural non-zeros. */
    public int nonZeros() {
        return colIndex.length;
    }

    /** Non-zeros / (rows·cols). */
    public double density() {
        return rows * (double) cols == 0 ? 0 : nonZeros() / (rows * (double) cols);
    }

    /** The index of entry (i, j) in the non-zero arrays, or −1 if it is a structural zero. */
    public int indexOf(int i, int j) {
        int lo = rowStart[i];
        int hi = rowStart[i + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (colIndex[mid] < j) {
                lo = mid + 1;
            } else if (colIndex[mid] > j) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** True when (i, j) is a structural non-zero. */
    public boolean contains(int i, int j) {
        return indexOf(i, j) >= 0;
    }

    /** The row-start array (a copy). */
    @Override
    public int[] rowStart() {
        return rowStart.clone();
    }

    /** The column-index array (a copy). */
    @Override
    public int[] colIndex() {
        return colIndex.clone();
    }

    /** A picture of the pattern, one line per row: {@code x} for a non-zero, {@code .} else. */
    public String picture() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                sb.append(contains(i, j) ? 'x' : '.');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
