package org.paramlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.junit.jupiter.api.Test;

import java.util.List;

class ModulePathsTest {

    /** Two named linears in a named container: {@code inner.query}, {@code inner.value}. */
    static final class Pair extends ModuleBlock {
        Pair() {
            super((byte) 1);
            addModule("query", Linear.builder().setIn(3).setOut(2).build());
            addModule("value", Linear.builder().setIn(2).setOut(2).build());
        }

        @Override
        protected NDList forwardInternal(
                ParameterStore ps, NDList in, boolean training, PairList<String, Object> p) {
            NDList h = module("query").forward(ps, in, training);
            return module("value").forward(ps, h, training);
        }

        @Override
        public Shape[] getOutputShapes(Shape[] s) {
            return new Shape[] {s[0].slice(0, s[0].dimension() - 1).add(2)};
        }
    }

    static final class Outer extends ModuleBlock {
        Outer() {
            super((byte) 1);
            addModule("inner", new Pair());
        }

        @Override
        protected NDList forwardInternal(
                ParameterStore ps, NDList in, boolean training, PairList<String, Object> p) {
            return module("inner").forward(ps, in, training);
        }

        @Override
        public Shape[] getOutputShapes(Shape[] s) {
            return module("inner").getOutputShapes(s);
        }
    }

    @Test
    void modulePathsAreCleanDottedNames() {
        assertEquals(
                List.of("inner", "inner.query", "inner.value"),
                List.copyOf(ModulePaths.modules(new Outer()).keySet()));
        assertEquals(
                List.of(
                        "inner.query.weight",
                        "inner.query.bias",
                        "inner.value.weight",
                        "inner.value.bias"),
                List.copyOf(ModulePaths.parameters(new Outer()).keySet()));
    }

    @Test
    void djlBlocksLoseTheirPositionPrefix() {
        SequentialBlock seq =
                new SequentialBlock().add(Linear.builder().setIn(1).setOut(1).build());
        assertEquals(List.of("Linear"), List.copyOf(ModulePaths.modules(seq).keySet()));
        assertEquals("query", ModulePaths.cleanName(0, "01query"));
        assertEquals("query", ModulePaths.cleanName(99, "100query"));
    }

    @Test
    void replaceSwapsTheChildForParametersAndForward() {
        try (NDManager m = NDManager.newBaseManager()) {
            Outer outer = new Outer();
            outer.initialize(m, DataType.FLOAT32, new Shape(1, 3));
            Linear replacement = Linear.builder().setIn(3).setOut(2).optBias(false).build();
            replacement.initialize(m, DataType.FLOAT32, new Shape(1, 3));
            replacement.weight().getArray().set(new float[] {1, 0, 0, 0, 1, 0});
            Block old = ModulePaths.replace(outer, "inner.query", replacement);
            assertTrue(old instanceof Linear);
            assertSame(replacement, ModulePaths.find(outer, "inner.query"));
            assertTrue(
                    outer.getParameters().keys().stream().noneMatch(k -> k.contains("query_bias")));
            assertEquals(3, ModulePaths.parameters(outer).size());
            var y =
                    outer.forward(
                            new ParameterStore(m, false),
                            new NDList(m.ones(new Shape(1, 3))),
                            false);
            assertEquals(new Shape(1, 2), y.singletonOrThrow().getShape());
        }
    }

    @Test
    void missingPathNamesTheChildren() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ModulePaths.find(new Outer(), "inner.key"));
        assertTrue(e.getMessage().contains("[query, value]"), e.getMessage());
    }
}
