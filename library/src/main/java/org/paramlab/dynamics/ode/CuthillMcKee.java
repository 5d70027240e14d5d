package org.paramlab.dynamics.ode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reverse Cuthill–McKee ordering of a sparse pattern (E. Cuthill and J. McKee, "Reducing the
 * bandwidth of sparse symmetric matrices", Proc. 24th ACM National Conference, 1969; reversed as
 * proposed by A. George, 1971): breadth-first search from a low-degree vertex of each component,
 * visiting neighbours by increasing degree, on the symmetrised pattern, then reversed.
 */
final class CuthillMcKee {
    private CuthillMcKee() {}

    /** perm[new] = old. */
    static int[] reverseOrder(int n, int[] rowStart, int[] colIndex) {
        List<List<Integer>> adj = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        for (int r = 0; r < n; r++) {
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                int c = colIndex[k];
                if (c != r) {
                    adj.get(r).add(c);
                    adj.get(c).add(r);
                }
            }
        }
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            List<Integer> a = adj.get(i);
            a.sort(null);
            int d = 0; // distinct neighbours
            for (int k = 0; k < a.size(); k++) {
                if (k == 0 || !a.get(k).equals(a.get(k - 1))) {
                    a.set(d++, a.get(k));
                }
            }
            a.subList(d, a.size()).clear();
            degree[i] = d;
        }
        for (List<Integer> a : adj) {
            a.sort(
                    (x, y) ->
                            degree[x] != degree[y]
                                    ? Integer.compare(degree[x], degree[y])
                                    : Integer.compare(x, y));
        }
        Integer[] byDegree = new Integer[n];
        for (int i = 0; i < n; i++) {
            byDegree[i] = i;
        }
        Arrays.sort(
                byDegree,
                (x, y) ->
                        degree[x] != degree[y]
                                ? Integer.compare(degree[x], degree[y])
                                : Integer.compare(x, y));
        boolean[] seen = new boolean[n];
        int[] order = new int[n];
        int k = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start : byDegree) {
            if (seen[start]) {
                continue;
            }
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                order[k++] = v;
                for (int w : adj.get(v)) {
                    if (!seen[w]) {
                        seen[w] = true;
                        queue.add(w);
                    }
                }
            }
        }
        int[] reversed = new int[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = order[n - 1 - i];
        }
        return reversed;
    }
}
