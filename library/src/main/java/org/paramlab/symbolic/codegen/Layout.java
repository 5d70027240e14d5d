package org.paramlab.symbolic.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each value of a {@link Program} lives in the generated code, and which method computes it.
 *
 * <p>A value used once is computed inline inside the expression that uses it (it stays on the JVM
 * operand stack); a value used more than once, an output, or an inline tree grown past {@code
 * treeLimit} bytes is <i>materialized</i> into a local variable. Materialized values are packed in
 * topological order into methods of at most about {@code methodLimit} bytes of bytecode, so each
 * stays below HotSpot's 8,000-byte {@code HugeMethodLimit} and is JIT-compiled. A value needed by a
 * later method is spilled to the scratch array {@code s}; inputs and spilled values are loaded into
 * locals once at the start of each method that uses them.
 */
final class Layout {
    /** Bytes to push a leaf: a dload of a local or an ldc2_w of a constant. */
    private static final int LOAD_BYTES = 3;

    /** Bytes of {@code out[j] = in[k]} or {@code out[j] = c}. */
    private static final int LEAF_OUTPUT_BYTES = 12;

    /** Chunk-level facts: the values it computes and the leaves it loads first. */
    static final class Chunk {
        final List<Integer> roots = new ArrayList<>();
        final Set<Integer> inputs = new LinkedHashSet<>();
        final Set<Integer> spilledIn = new LinkedHashSet<>();

        /** Outputs j whose value is a constant or an input, written by this method. */
        final List<Integer> leafOutputs = new ArrayList<>();
    }

    final Program program;
    final boolean[] materialized;
    final int[] chunkOf;
    final int[] scratchSlot;
    final List<Chunk> chunks = new ArrayList<>();

    /** outputsOf[v]: the outputs whose value is instruction v. */
    final List<List<Integer>> outputsOf;

    final int scratchSize;

    Layout(Program p, int methodLimit) {
        this.program = p;
        int n = p.size();
        int treeLimit = Math.max(32, methodLimit / 8);
        int[] uses = p.useCounts();
        materialized = new boolean[n];
        chunkOf = new int[n];
        Arrays.fill(chunkOf, -1);
        scratchSlot = new int[n];
        Arrays.fill(scratchSlot, -1);
        outputsOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            outputsOf.add(List.of());
        }
        for (int j = 0; j < p.outputs.length; j++) {
            int v = p.outputs[j];
            if (outputsOf.get(v).isEmpty()) {
                outputsOf.set(v, new ArrayList<>());
            }
            outputsOf.get(v).add(j);
        }
        int[] treeBytes = new int[n];
        for (int i = 0; i < n; i++) {
            if (p.isLeaf(i)) {
                continue;
            }
            int size = ownBytes(p, i);
            for (int a : p.args[i]) {
                size += p.isLeaf(a) || materialized[a] ? LOAD_BYTES : treeBytes[a];
            }
            treeBytes[i] = size;
            materialized[i] = uses[i] > 1 || !outputsOf.get(i).isEmpty() || size > treeLimit;
        }
        // pack materialized values into methods, counting the loads each method starts with
        Chunk current = new Chunk();
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            if (!materialized[i]) {
                continue;
            }
            Set<Integer> leaves = new LinkedHashSet<>();
            collectLeaves(i, true, leaves);
            int cost = treeBytes[i] + 4 + 9 * outputsOf.get(i).size();
            for (int leaf : leaves) {
                if (!current.inputs.contains(leaf) && !current.spilledIn.contains(leaf)) {
                    cost += 9;
                }
            }
            if (!current.roots.isEmpty() && bytes + cost > methodLimit) {
                chunks.add(current);
                current = new Chunk();
                bytes = 0;
            }
            int c = chunks.size();
            for (int leaf : leaves) {
                if (p.kind[leaf] == Program.INPUT) {
                    current.inputs.add(leaf);
                } else if (p.kind[leaf] != Program.CONST && chunkOf[leaf] != c) {
                    current.spilledIn.add(leaf);
                }
            }
            current.roots.add(i);
            chunkOf[i] = c;
            bytes += cost;
        }
        for (int j = 0; j < p.outputs.length; j++) { // constant and input outputs, packed too
            if (!p.isLeaf(p.outputs[j])) {
                continue;
            }
            if (bytes + LEAF_OUTPUT_BYTES > methodLimit) {
                chunks.add(current);
                current = new Chunk();
                bytes = 0;
            }
            current.leafOutputs.add(j);
            bytes += LEAF_OUTPUT_BYTES;
        }
        chunks.add(current);
        int slots = 0;
        for (Chunk ch : chunks) {
            for (int v : ch.spilledIn) {
                if (scratchSlot[v] < 0) {
                    scratchSlot[v] = slots++;
                }
            }
        }
        scratchSize = slots;
    }

    /** The leaves (inputs, constants, materialized values) of the inline tree of {@code i}. */
    void collectLeaves(int i, boolean top, Set<Integer> out) {
        if (program.isLeaf(i) || (!top && materialized[i])) {
            out.add(i);
            return;
        }
        for (int a : program.args[i]) {
            collectLeaves(a, false, out);
        }
    }

    private static int ownBytes(Program p, int i) {
        switch (p.kind[i]) {
            case Program.SQRT:
            case Program.POW:
            case Program.MATH:
                return 3;
            case Program.USER:
                return 14 + 5 * p.args[i].length;
            default:
                return 1;
        }
    }
}
