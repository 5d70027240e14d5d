package org.paramlab.symbolic.egraph;

import java.util.Arrays;

/**
 * A substitution from pattern variables to e-class ids, produced by searching a pattern. Immutable.
 */
public final class ESubst {
    static final ESubst EMPTY = new ESubst(new String[0], new int[0]);

    private final String[] names;
    private final int[] ids;

    private ESubst(String[] names, int[] ids) {
        this.names = names;
        this.ids = ids;
    }

    /** The class bound to {@code ~name}, or −1 when unbound. */
    public int get(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return ids[i];
            }
        }
        return -1;
    }

    /**
     * The class bound to {@code ~name}.
     *
     * @throws IllegalArgumentException when it is unbound
     */
    public int require(String name) {
        int id = get(name);
        if (id < 0) {
            throw new IllegalArgumentException(
                    "~" + name + " is not bound; bound are " + Arrays.toString(names));
        }
        return id;
    }

    ESubst with(String name, int id) {
        String[] n = Arrays.copyOf(names, names.length + 1);
        int[] c = Arrays.copyOf(ids, ids.length + 1);
        n[names.length] = name;
        c[ids.length] = id;
        return new ESubst(n, c);
    }

    /** {@code {~x=3, ~y=5}}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "~" : ", ~").append(names[i]).append('=').append(ids[i]);
        }
        return sb.append('}').toString();
    }
}
