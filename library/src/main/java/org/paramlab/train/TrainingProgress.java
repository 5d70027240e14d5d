package org.paramlab.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The curves of a run so far; what a checkpoint stores beside the weights. */
final class TrainingProgress {
    long updates;
    long tokens;
    final List<Double> step = new ArrayList<>();
    final List<Double> loss = new ArrayList<>();
    final List<Double> rate = new ArrayList<>();
    final List<Double> norm = new ArrayList<>();
    final List<Double> seen = new ArrayList<>();
    final List<Double> evalStep = new ArrayList<>();
    final Map<String, List<Double>> evalValues = new LinkedHashMap<>();

    void recordUpdate(double loss, double rate, double norm) {
        step.add((double) updates);
        this.loss.add(loss);
        this.rate.add(rate);
        this.norm.add(norm);
        seen.add((double) tokens);
    }

    void recordEvaluation(Map<String, Double> metrics) {
        evalStep.add((double) updates);
        for (Map.Entry<String, Double> e : metrics.entrySet()) {
            evalValues.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
    }

    boolean evaluatedAt(long update) {
        return !evalStep.isEmpty() && evalStep.get(evalStep.size() - 1) == update;
    }

    MetricCurve curve(String name, List<Double> values) {
        return new MetricCurve(name, toArray(step), toArray(values));
    }

    Map<String, MetricCurve> heldOut() {
        Map<String, MetricCurve> map = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : evalValues.entrySet()) {
            map.put(
                    e.getKey(),
                    new MetricCurve(e.getKey(), toArray(evalStep), toArray(e.getValue())));
        }
        return map;
    }

    static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
