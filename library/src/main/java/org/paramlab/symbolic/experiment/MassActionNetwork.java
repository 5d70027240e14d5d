package org.paramlab.symbolic.experiment;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A chemical reaction network with mass-action kinetics: species x₀ … x_(n−1), reactions r with
 * rate constants k_r, and ẋᵢ = Σ_r (products − reactants)ᵢ · k_r · Π_{s ∈ reactants(r)} x_s (each
 * reactant counted with its multiplicity, so 2A → B has rate k·A²).
 *
 * @param species the number of species n
 * @param reactions each reaction's reactant and product species
 */
public record MassActionNetwork(int species, List<Reaction> reactions) {
    /**
     * One reaction.
     *
     * @param reactants the reactant species, with repeats for multiplicity
     * @param products the product species
     */
    public record Reaction(List<Integer> reactants, List<Integer> products) {
        /** Copies the lists. */
        public Reaction {
            reactants = List.copyOf(reactants);
            products = List.copyOf(products);
        }
    }

    /**
     * Checks the species indices.
     *
     * @throws IllegalArgumentException if a reaction names a species outside [0, species)
     */
    public MassActionNetwork {
        reactions = List.copyOf(reactions);
        for (Reaction r : reactions) {
            for (int s : r.reactants()) {
                checkSpecies(s, species);
            }
            for (int s : r.products()) {
                checkSpecies(s, species);
            }
        }
    }

    private static void checkSpecies(int s, int n) {
        if (s < 0 || s >= n) {
            throw new IllegalArgumentException("Species " + s + " outside [0, " + n + ")");
        }
    }

    /**
     * A random network: each reaction is A + B → C (45 %), A → B (30 %), A + B → C + D (15 %) or 2A
     * → B (10 %) over distinct random species, as in {@code
     * bench/symbolics/make_sympy_reference.py}.
     *
     * @throws IllegalArgumentException if there are fewer than 4 species
     */
    public static MassActionNetwork random(int species, int reactions, long seed) {
        if (species < 4) {
            throw new IllegalArgumentException(
                    "A random network needs ≥ 4 species, found " + species);
        }
        Random rng = new Random(seed);
        List<Reaction> out = new ArrayList<>();
        for (int r = 0; r < reactions; r++) {
            double kind = rng.nextDouble();
            List<Integer> pick = new ArrayList<>();
            while (pick.size() < 4) {
                int s = rng.nextInt(species);
                if (!pick.contains(s)) {
                    pick.add(s);
                }
            }
            int a = pick.get(0), b = pick.get(1), c = pick.get(2), d = pick.get(3);
            if (kind < 0.45) {
                out.add(new Reaction(List.of(a, b), List.of(c)));
            } else if (kind < 0.75) {
                out.add(new Reaction(List.of(a), List.of(b)));
            } else if (kind < 0.9) {
                out.add(new Reaction(List.of(a, b), List.of(c, d)));
            } else {
                out.add(new Reaction(List.of(a, a), List.of(b)));
            }
        }
        return new MassActionNetwork(species, out);
    }

    /** The 20-species, 40-reaction network of the SymPy reference file. */
    public static MassActionNetwork reference() {
        JsonObject o = SymPyReference.load();
        List<Reaction> rs = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("reactions")) {
            JsonObject r = e.getAsJsonObject();
            rs.add(
                    new Reaction(
                            ints(r.getAsJsonArray("reactants")),
                            ints(r.getAsJsonArray("products"))));
        }
        return new MassActionNetwork(o.get("species").getAsInt(), rs);
    }

    private static List<Integer> ints(JsonArray a) {
        List<Integer> out = new ArrayList<>();
        for (JsonElement e : a) {
            out.add(e.getAsInt());
        }
        return out;
    }

    /** The species symbols x0 … x(n−1). */
    public List<Sym> speciesSymbols() {
        return Sym.range("x", species);
    }

    /** The rate-constant symbols k0 … k(R−1). */
    public List<Sym> rateSymbols() {
        return Sym.range("k", reactions.size());
    }

    /** The right-hand side ẋ in a term representation. */
    public <T> List<T> rhs(TermRepresentation<T> r) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < species; i++) {
            parts.add(new ArrayList<>());
        }
        T minusOne = r.number(Rational.MINUS_ONE);
        for (int q = 0; q < reactions.size(); q++) {
            Reaction re = reactions.get(q);
            List<T> f = new ArrayList<>();
            f.add(r.symbol("k" + q));
            for (int s : re.reactants()) {
                f.add(r.symbol("x" + s));
            }
            T rate = r.make(Op.MUL, f);
            for (int s : re.reactants()) {
                parts.get(s).add(r.make(Op.MUL, List.of(minusOne, rate)));
            }
            for (int s : re.products()) {
                parts.get(s).add(rate);
            }
        }
        List<T> out = new ArrayList<>();
        for (List<T> p : parts) {
            out.add(p.isEmpty() ? r.number(Rational.ZERO) : r.make(Op.ADD, p));
        }
        return out;
    }

    /** The right-hand side as canonical expressions. */
    public List<Expr> rhs() {
        return rhs(CanonicalTerms.INSTANCE);
    }

    /** Reads {@code sympy-reference.json}. */
    static final class SymPyReference {
        private static JsonObject cached;

        private SymPyReference() {}

        static synchronized JsonObject load() {
            if (cached == null) {
                try (InputStream in =
                        MassActionNetwork.class.getResourceAsStream("sympy-reference.json")) {
                    if (in == null) {
                        throw new IllegalStateException(
                                "sympy-reference.json is missing from the library jar");
                    }
                    cached =
                            JsonParser.parseReader(
                                            new InputStreamReader(in, StandardCharsets.UTF_8))
                                    .getAsJsonObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return cached;
        }
    }
}
