package org.paramlab.peft.lora;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.api.Test;
import org.paramlab.nn.Linear;

import java.util.List;

class LoraLinearTest {

    private static LoraLinear layer(NDManager m, LoraConfig config) {
        Linear base = Linear.builder().setIn(3).setOut(2).build();
        base.initialize(m, DataType.FLOAT32, new Shape(1, 3));
        base.weight().getArray().set(new float[] {1, 2, 3, 4, 5, 6});
        base.bias().getArray().set(new float[] {0.5f, -0.5f});
        LoraLinear lora = new LoraLinear("q", base);
        lora.addAdapter("default", config, m);
        lora.adapterParameters("default")
                .get("lora_A.weight")
                .getArray()
                .set(new float[] {1, 1, 1}); // A = [1 1 1], r = 1
        lora.adapterParameters("default")
                .get("lora_B.weight")
                .getArray()
                .set(new float[] {1, 2}); // B = [1; 2]
        return lora;
    }

    private static float[] forward(LoraLinear layer, NDManager m, float... x) {
        NDArray in = m.create(x, new Shape(1, 3));
        return layer.forward(new ParameterStore(m, false), new NDList(in), false)
                .head()
                .toFloatArray();
    }

    @Test
    void outputIsBasePlusScaledLowRankUpdateByHand() {
        try (NDManager m = NDManager.newBaseManager()) {
            // x = (1, 0, 2): W₀x + b = (7.5, 15.5); BAx = (3, 6); γ = α/r = 4
            var config = new LoraConfig(1, 4, 0, List.of("q"), List.of(), LoraVariant.standard());
            assertArrayEquals(
                    new float[] {19.5f, 39.5f}, forward(layer(m, config), m, 1, 0, 2), 1e-5f);
        }
    }

    @Test
    void rsLoraScalesByAlphaOverSquareRootOfRank() {
        var plain = new LoraConfig(4, 8, 0, List.of("q"), List.of(), LoraVariant.standard());
        assertEquals(2.0, plain.scaling(), 1e-12);
        assertEquals(4.0, plain.withVariant(LoraVariant.rsLora()).scaling(), 1e-12);
    }

    @Test
    void doraStartsAtTheBaseAndMergesToMagnitudeTimesDirection() {
        try (NDManager m = NDManager.newBaseManager()) {
            var config = new LoraConfig(1, 1, 0, List.of("q"), List.of(), LoraVariant.dora());
            LoraLinear layer = layer(m, config);
            // m starts at the row norms of W₀: ‖(1,2,3)‖ = √14, ‖(4,5,6)‖ = √77
            assertArrayEquals(
                    new float[] {(float) Math.sqrt(14), (float) Math.sqrt(77)},
                    layer.magnitudeArray("default").toFloatArray(),
                    1e-5f);
            layer.magnitudeArray("default").set(new float[] {2, 3});
            float[] unmerged = forward(layer, m, 1, 0, 2);
            layer.merge("default");
            // merged rows have norm m: W' = m ⊙ (W₀ + BA)/‖W₀ + BA‖
            float[] w = layer.weight().toFloatArray();
            assertEquals(2, Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]), 1e-5);
            assertEquals(3, Math.sqrt(w[3] * w[3] + w[4] * w[4] + w[5] * w[5]), 1e-5);
            assertArrayEquals(unmerged, forward(layer, m, 1, 0, 2), 1e-5f);
            layer.unmerge("default");
            assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, layer.weight().toFloatArray(), 1e-5f);
        }
    }
}
