package org.paramlab.symbolic.egraph;

import java.util.Arrays;

/** Disjoint sets over 0, 1, 2, … with path halving; the e-graph's notion of "same class". */
final class UnionFind {
    private int[] parent = new int[64];
    private int size;

    /** A new singleton set; returns its id. */
    int makeSet() {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size * 2);
        }
        parent[size] = size;
        return size++;
    }

    int size() {
        return size;
    }

    /** The representative of {@code x}'s set. */
    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Makes {@code root} the representative of {@code other}'s set; both must be roots. */
    void union(int root, int other) {
        parent[other] = root;
    }
}
