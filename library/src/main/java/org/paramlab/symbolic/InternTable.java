package org.paramlab.symbolic;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * The hash-consing table: one canonical node per structure, held weakly so that expressions a
 * notebook no longer references are collected. Lookup compares shallowly ({@link Expr#sameNode})
 * because children are already interned. Synchronized; contention is low since a lookup is short.
 */
final class InternTable {
    static final InternTable INSTANCE = new InternTable();

    private static final class Entry extends WeakReference<Expr> {
        final int hash;
        Entry next;

        Entry(Expr e, ReferenceQueue<Expr> q, int hash, Entry next) {
            super(e, q);
            this.hash = hash;
            this.next = next;
        }
    }

    private final ReferenceQueue<Expr> queue = new ReferenceQueue<>();
    private Entry[] table = new Entry[1 << 14];
    private int size;
    private long nextId = 1;

    private InternTable() {}

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    synchronized Expr intern(Expr candidate) {
        expunge();
        int h = candidate.hashCode();
        int i = spread(h) & (table.length - 1);
        for (Entry e = table[i]; e != null; e = e.next) {
            if (e.hash == h) {
                Expr x = e.get();
                if (x != null && x.sameNode(candidate)) {
                    return x;
                }
            }
        }
        candidate.id = nextId++;
        table[i] = new Entry(candidate, queue, h, table[i]);
        if (++size > table.length - (table.length >> 2)) {
            resize();
        }
        return candidate;
    }

    /** The number of live entries (including ones not yet expunged). */
    synchronized int size() {
        expunge();
        return size;
    }

    private void expunge() {
        for (Object x; (x = queue.poll()) != null; ) {
            Entry dead = (Entry) x;
            int i = spread(dead.hash) & (table.length - 1);
            Entry prev = null;
            for (Entry e = table[i]; e != null; prev = e, e = e.next) {
                if (e == dead) {
                    if (prev == null) {
                        table[i] = e.next;
                    } else {
                        prev.next = e.next;
                    }
                    size--;
                    break;
                }
            }
        }
    }

    private void resize() {
        Entry[] old = table;
        Entry[] grown = new Entry[old.length << 1];
        for (Entry head : old) {
            for (Entry e = head; e != null; ) {
                Entry next = e.next;
                int i = spread(e.hash) & (grown.length - 1);
                e.next = grown[i];
                grown[i] = e;
                e = next;
            }
        }
        table = grown;
    }
}
