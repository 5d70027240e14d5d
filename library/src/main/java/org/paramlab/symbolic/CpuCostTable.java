package org.paramlab.symbolic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU cost of each double-precision operation on the JVM, relative to one addition, and the
 * cost of evaluating an expression DAG with it (each shared subterm charged once, as generated code
 * computes it once). The standard table is the resource {@code cpu-op-costs.csv} beside this class,
 * measured with JMH by {@code bench/jmh} (its header names the command and machine).
 *
 * <p>How an expression is charged: a sum of k parts costs k−1 additions; a product of k factors k−1
 * multiplications (a coefficient −1 is a negation); x^n for integer n ≥ 2 costs the multiplications
 * of binary powering, x^−n one division more; x^(1/2) a square root; other powers {@code pow};
 * functions their entry ({@code call} for user functions); numbers and symbols nothing.
 */
public final class CpuCostTable {
    private static final String RESOURCE = "cpu-op-costs.csv";
    private static volatile CpuCostTable standard;

    private final Map<String, Double> relative;

    private CpuCostTable(Map<String, Double> relative) {
        this.relative = Collections.unmodifiableMap(new LinkedHashMap<>(relative));
    }

    /**
     * A table of relative costs, which must include {@code add}, {@code mul}, {@code div}, {@code
     * sqrt}, {@code pow} and {@code call}.
     *
     * @throws IllegalArgumentException if one of these is missing or a cost is negative
     */
    public static CpuCostTable of(Map<String, Double> relative) {
        for (String k : List.of("add", "mul", "div", "sqrt", "pow", "call")) {
            if (!relative.containsKey(k)) {
                throw new IllegalArgumentException(
                        "A CPU cost table needs an entry for '"
                                + k
                                + "', found "
                                + relative.keySet());
            }
        }
        relative.forEach(
                (k, v) -> {
                    if (!(v >= 0)) {
                        throw new IllegalArgumentException(
                                "Cost of " + k + " must be ≥ 0, found " + v);
                    }
                });
        return new CpuCostTable(relative);
    }

    /** The table measured on the JVM and shipped with the library. */
    public static CpuCostTable standard() {
        CpuCostTable t = standard;
        if (t == null) {
            try (InputStream in = CpuCostTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "The resource " + RESOURCE + " is missing from the library jar");
                }
                t = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
            standard = t;
        }
        return t;
    }

    /**
     * Reads CSV text with a header {@code op,nanos,relative} ({@code #} lines are comments).
     *
     * @throws IllegalArgumentException if a line is malformed
     */
    public static CpuCostTable parse(String csv) {
        Map<String, Double> m = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(csv))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",");
                if (f.length < 3) {
                    throw new IllegalArgumentException(
                            "Expected 'op,nanos,relative[,...]', found: " + line);
                }
                m.put(f[0].strip(), Double.parseDouble(f[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(m);
    }

    /** Every entry: operation name to cost relative to {@code add}. */
    public Map<String, Double> entries() {
        return relative;
    }

    /** The cost of the named operation, or of {@code call} when the table has no entry. */
    public double cost(String op) {
        Double c = relative.get(op);
        return c != null ? c : relative.get("call");
    }

    /** The cost of x^e for a constant exponent (binary powering, division, sqrt or pow). */
    public double powerCost(Num e) {
        if (e.isSmallInteger()) {
            int n = e.rational().intValueExact();
            int a = Math.abs(n);
            double c =
                    a <= 1
                            ? 0
                            : (31 - Integer.numberOfLeadingZeros(a) + Integer.bitCount(a) - 1)
                                    * cost("mul");
            return n < 0 ? c + cost("div") : c;
        }
        if (e.isExact() && e.rational().abs().equals(Rational.HALF)) {
            return cost("sqrt") + (e.signum() < 0 ? cost("div") : 0);
        }
        return cost("pow");
    }

    /** The cost of evaluating {@code e} once, each distinct subterm charged once. */
    public double dagCost(Expr e) {
        return dagCost(List.of(e));
    }

    /** The cost of evaluating all of {@code roots}, subterms shared between them charged once. */
    public double dagCost(List<? extends Expr> roots) {
        double total = 0;
        for (Expr n : ExprWalk.postOrder(roots)) {
            total += nodeCost(n);
        }
        return total;
    }

    /** The cost of one node given its arguments' values (0 for numbers and symbols). */
    public double nodeCost(Expr n) {
        switch (n.op().kind()) {
            case ADD:
                return (n.arity() - 1) * cost("add");
            case MUL:
                {
                    Mul m = (Mul) n;
                    int k = n.arity();
                    if (m.coefficient().isMinusOne()) {
                        return (k - 2) * cost("mul") + cost("neg");
                    }
                    return (k - 1) * cost("mul");
                }
            case POW:
                {
                    Expr e = ((Pow) n).exponent();
                    return e instanceof Num ? powerCost((Num) e) : cost("pow");
                }
            case FUNCTION:
                return cost(n.op().name());
            default:
                return 0;
        }
    }

    /** The table as {@code op=cost} pairs. */
    @Override
    public String toString() {
        return "CpuCostTable" + relative;
    }
}
