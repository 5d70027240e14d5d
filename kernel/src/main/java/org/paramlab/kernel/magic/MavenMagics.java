package org.paramlab.kernel.magic;

import io.github.spencerpark.ijava.magics.MavenResolver;
import io.github.spencerpark.jupyter.kernel.magic.registry.CellMagicFunction;
import io.github.spencerpark.jupyter.kernel.magic.registry.LineMagicFunction;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;

import java.util.List;
import java.util.function.Consumer;

/**
 * IJava's Maven magics ({@code %maven}, {@code %addMavenDependency}, {@code %mavenRepo}, {@code
 * %loadFromPOM} and {@code %%loadFromPOM}), with IJava's resolver created on first use: it starts
 * Ivy, which costs a noticeable part of a kernel start that most notebooks never need.
 */
public final class MavenMagics {
    private final Consumer<String> addToClasspath;
    private MavenResolver resolver;

    private MavenMagics(Consumer<String> addToClasspath) {
        this.addToClasspath = addToClasspath;
    }

    /** Registers the magics; resolved jars are passed to {@code addToClasspath}. */
    public static void register(Magics magics, Consumer<String> addToClasspath) {
        MavenMagics m = new MavenMagics(addToClasspath);
        LineMagicFunction<Void> dependencies =
                args -> {
                    m.resolver().addMavenDependencies(args);
                    return null;
                };
        magics.registerLineMagic("maven", dependencies);
        magics.registerLineMagic("addMavenDependency", dependencies);
        magics.registerLineMagic("addMavenDependencies", dependencies);
        magics.registerLineMagic(
                "mavenRepo",
                args -> {
                    m.resolver().addMavenRepo(args);
                    return null;
                });
        magics.registerLineCellMagic("loadFromPOM", m.new LoadFromPom());
    }

    private synchronized MavenResolver resolver() {
        if (resolver == null) {
            resolver = new MavenResolver(addToClasspath);
        }
        return resolver;
    }

    private final class LoadFromPom implements LineMagicFunction<Void>, CellMagicFunction<Void> {
        @Override
        public Void execute(List<String> args) throws Exception {
            resolver().loadFromPOM(args);
            return null;
        }

        @Override
        public Void execute(List<String> args, String body) throws Exception {
            resolver().loadFromPOM(args, body);
            return null;
        }
    }
}
