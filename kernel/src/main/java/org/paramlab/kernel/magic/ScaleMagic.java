package org.paramlab.kernel.magic;

import io.github.spencerpark.jupyter.kernel.magic.registry.LineMagicFunction;

import org.paramlab.repro.Scale;

import java.util.List;

/**
 * {@code %scale} prints the run scale; {@code %scale smoke} or {@code %scale full} sets it for this
 * kernel, so cells run afterwards size their experiments by it.
 */
public final class ScaleMagic implements LineMagicFunction<Void> {
    @Override
    public Void execute(List<String> args) {
        if (args.size() > 1) {
            throw new IllegalArgumentException("Usage: %scale [smoke|full]; got " + args);
        }
        if (args.size() == 1) {
            Scale.override(Scale.parse(args.get(0)));
        }
        System.out.println("scale: " + Scale.current().label());
        return null;
    }
}
