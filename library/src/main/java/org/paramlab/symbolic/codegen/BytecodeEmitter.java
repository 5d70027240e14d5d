package org.paramlab.symbolic.codegen;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.paramlab.symbolic.Op;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Layout} as the class file of a {@link Kernel}: one static method {@code
 * part<k>(double[] in, double[] out, double[] s, Op.Numeric[] fns)} per chunk, {@code apply}
 * calling them in order, and for single-chunk programs a {@code batch} method with the body inside
 * a loop over points. The class is meant for {@code Lookup.defineHiddenClass} in this package.
 */
final class BytecodeEmitter {
    static final String CLASS_NAME = "org/paramlab/symbolic/codegen/CompiledKernel";
    private static final String NUMERIC = Type.getInternalName(Op.Numeric.class);
    private static final String FNS_DESC = "[L" + NUMERIC + ";";
    private static final String PART_DESC = "([D[D[D" + FNS_DESC + ")V";
    private static final String MATH = "java/lang/Math";

    /** Parts per group method: 500 calls of 8 bytes stay below the 8,000-byte limit. */
    static final int GROUP = 500;

    /** The class file and the bytecode length of each method, in chunk order then batch. */
    record Output(byte[] classFile, int[] partSizes, int batchSize) {}

    private final Layout layout;
    private final Program p;
    private MethodVisitor mv;
    private final Map<Integer, Integer> local = new HashMap<>();
    private int nextLocal;
    private int fnsLocal;

    private BytecodeEmitter(Layout layout) {
        this.layout = layout;
        this.p = layout.program;
    }

    static Output emit(Layout layout) {
        return new BytecodeEmitter(layout).write();
    }

    private Output write() {
        ClassWriter cw =
                new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                    @Override
                    protected String getCommonSuperClass(String a, String b) {
                        return "java/lang/Object";
                    }
                };
        cw.visit(
                Opcodes.V17,
                Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                CLASS_NAME,
                null,
                "java/lang/Object",
                new String[] {Type.getInternalName(Kernel.class)});
        cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "fns", FNS_DESC, null, null)
                .visitEnd();
        writeConstructor(cw);
        writeApply(cw);
        int[] sizes = new int[layout.chunks.size()];
        for (int k = 0; k < sizes.length; k++) {
            sizes[k] = writePart(cw, k);
        }
        int batchSize = writeBatch(cw);
        cw.visitEnd();
        return new Output(cw.toByteArray(), sizes, batchSize);
    }

    private void writeConstructor(ClassWriter cw) {
        MethodVisitor m =
                cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "(" + FNS_DESC + ")V", null, null);
        m.visitCode();
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitVarInsn(Opcodes.ALOAD, 1);
        m.visitFieldInsn(Opcodes.PUTFIELD, CLASS_NAME, "fns", FNS_DESC);
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /**
     * {@code apply} calls the parts in order; past {@link #GROUP} parts it calls group methods of
     * at most {@code GROUP} parts each, so that no caller outgrows the JIT's size limit.
     */
    private void writeApply(ClassWriter cw) {
        int parts = layout.chunks.size();
        MethodVisitor m = cw.visitMethod(Opcodes.ACC_PUBLIC, "apply", "([D[D[D)V", null, null);
        m.visitCode();
        if (parts <= GROUP) {
            for (int k = 0; k < parts; k++) {
                callStatic(m, true, "part" + k);
            }
        } else {
            for (int g = 0; g * GROUP < parts; g++) {
                callStatic(m, true, "group" + g);
                MethodVisitor gm =
                        cw.visitMethod(
                                Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE,
                                "group" + g,
                                PART_DESC,
                                null,
                                null);
                gm.visitCode();
                for (int k = g * GROUP; k < Math.min(parts, (g + 1) * GROUP); k++) {
                    callStatic(gm, false, "part" + k);
                }
                gm.visitInsn(Opcodes.RETURN);
                gm.visitMaxs(0, 0);
                gm.visitEnd();
            }
        }
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /** Calls a static (in, out, s, fns) method, from apply (fns from the field) or a group. */
    private static void callStatic(MethodVisitor m, boolean fromApply, String name) {
        int base = fromApply ? 1 : 0;
        m.visitVarInsn(Opcodes.ALOAD, base);
        m.visitVarInsn(Opcodes.ALOAD, base + 1);
        m.visitVarInsn(Opcodes.ALOAD, base + 2);
        if (fromApply) {
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitFieldInsn(Opcodes.GETFIELD, CLASS_NAME, "fns", FNS_DESC);
        } else {
            m.visitVarInsn(Opcodes.ALOAD, 3);
        }
        m.visitMethodInsn(Opcodes.INVOKESTATIC, CLASS_NAME, name, PART_DESC, false);
    }

    /** Writes chunk k; returns its bytecode length. */
    private int writePart(ClassWriter cw, int k) {
        mv =
                cw.visitMethod(
                        Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE,
                        "part" + k,
                        PART_DESC,
                        null,
                        null);
        mv.visitCode();
        local.clear();
        nextLocal = 4;
        fnsLocal = 3;
        Layout.Chunk ch = layout.chunks.get(k);
        for (int v : ch.inputs) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            pushInt(p.index[v]);
            mv.visitInsn(Opcodes.DALOAD);
            store(v);
        }
        for (int v : ch.spilledIn) {
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            pushInt(layout.scratchSlot[v]);
            mv.visitInsn(Opcodes.DALOAD);
            store(v);
        }
        for (int v : ch.roots) {
            expr(v, true);
            store(v);
            if (layout.scratchSlot[v] >= 0) {
                mv.visitVarInsn(Opcodes.ALOAD, 2);
                pushInt(layout.scratchSlot[v]);
                mv.visitVarInsn(Opcodes.DLOAD, local.get(v));
                mv.visitInsn(Opcodes.DASTORE);
            }
            for (int j : layout.outputsOf.get(v)) {
                mv.visitVarInsn(Opcodes.ALOAD, 1);
                pushInt(j);
                mv.visitVarInsn(Opcodes.DLOAD, local.get(v));
                mv.visitInsn(Opcodes.DASTORE);
            }
        }
        for (int j : ch.leafOutputs) {
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            pushInt(j);
            leafFromArrays(p.outputs[j]);
            mv.visitInsn(Opcodes.DASTORE);
        }
        return finish();
    }

    /** The batch loop for single-chunk programs; returns its length, or 0 if it only throws. */
    private int writeBatch(ClassWriter cw) {
        mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "batch", "([[D[[DII)V", null, null);
        mv.visitCode();
        if (layout.chunks.size() != 1) {
            mv.visitTypeInsn(Opcodes.NEW, "java/lang/UnsupportedOperationException");
            mv.visitInsn(Opcodes.DUP);
            mv.visitMethodInsn(
                    Opcodes.INVOKESPECIAL,
                    "java/lang/UnsupportedOperationException",
                    "<init>",
                    "()V",
                    false);
            mv.visitInsn(Opcodes.ATHROW);
            finish();
            return 0;
        }
        local.clear();
        // this 0, in 1, out 2, from 3, to 4, fns 5, p 6, then columns, then doubles
        fnsLocal = 5;
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, CLASS_NAME, "fns", FNS_DESC);
        mv.visitVarInsn(Opcodes.ASTORE, 5);
        int next = 7;
        Layout.Chunk ch = layout.chunks.get(0);
        Map<Integer, Integer> inColumn = new HashMap<>();
        Set<Integer> inputs = new LinkedHashSet<>(ch.inputs);
        for (int j = 0; j < p.outputs.length; j++) {
            if (p.kind[p.outputs[j]] == Program.INPUT) {
                inputs.add(p.outputs[j]);
            }
        }
        for (int v : inputs) {
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            pushInt(p.index[v]);
            mv.visitInsn(Opcodes.AALOAD);
            mv.visitVarInsn(Opcodes.ASTORE, next);
            inColumn.put(v, next++);
        }
        int outBase = next;
        for (int j = 0; j < p.outputs.length; j++) {
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            pushInt(j);
            mv.visitInsn(Opcodes.AALOAD);
            mv.visitVarInsn(Opcodes.ASTORE, next++);
        }
        nextLocal = next;
        Label test = new Label();
        Label body = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, 3);
        mv.visitVarInsn(Opcodes.ISTORE, 6);
        mv.visitJumpInsn(Opcodes.GOTO, test);
        mv.visitLabel(body);
        for (int v : inputs) {
            mv.visitVarInsn(Opcodes.ALOAD, inColumn.get(v));
            mv.visitVarInsn(Opcodes.ILOAD, 6);
            mv.visitInsn(Opcodes.DALOAD);
            store(v);
        }
        for (int v : ch.roots) {
            expr(v, true);
            store(v);
            for (int j : layout.outputsOf.get(v)) {
                mv.visitVarInsn(Opcodes.ALOAD, outBase + j);
                mv.visitVarInsn(Opcodes.ILOAD, 6);
                mv.visitVarInsn(Opcodes.DLOAD, local.get(v));
                mv.visitInsn(Opcodes.DASTORE);
            }
        }
        for (int j : ch.leafOutputs) {
            mv.visitVarInsn(Opcodes.ALOAD, outBase + j);
            mv.visitVarInsn(Opcodes.ILOAD, 6);
            expr(p.outputs[j], false);
            mv.visitInsn(Opcodes.DASTORE);
        }
        mv.visitIincInsn(6, 1);
        mv.visitLabel(test);
        mv.visitVarInsn(Opcodes.ILOAD, 6);
        mv.visitVarInsn(Opcodes.ILOAD, 4);
        mv.visitJumpInsn(Opcodes.IF_ICMPLT, body);
        return finish();
    }

    private int finish() {
        Label end = new Label();
        if (mv != null) {
            mv.visitInsn(Opcodes.RETURN);
            mv.visitLabel(end);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        return end.getOffset();
    }

    /** Pushes the value of instruction i (computing its inline tree when {@code top}). */
    private void expr(int i, boolean top) {
        int kind = p.kind[i];
        if (kind == Program.CONST) {
            pushDouble(p.value[i]);
            return;
        }
        if (kind == Program.INPUT || (!top && layout.materialized[i])) {
            mv.visitVarInsn(Opcodes.DLOAD, local.get(i));
            return;
        }
        int[] a = p.args[i];
        switch (kind) {
            case Program.ADD:
                binary(a, Opcodes.DADD);
                break;
            case Program.SUB:
                binary(a, Opcodes.DSUB);
                break;
            case Program.MUL:
                binary(a, Opcodes.DMUL);
                break;
            case Program.DIV:
                binary(a, Opcodes.DDIV);
                break;
            case Program.NEG:
                expr(a[0], false);
                mv.visitInsn(Opcodes.DNEG);
                break;
            case Program.SQRT:
                expr(a[0], false);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, MATH, "sqrt", "(D)D", false);
                break;
            case Program.POW:
                expr(a[0], false);
                expr(a[1], false);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, MATH, "pow", "(DD)D", false);
                break;
            case Program.MATH:
                expr(a[0], false);
                mv.visitMethodInsn(
                        Opcodes.INVOKESTATIC,
                        MATH,
                        Program.MATH_NAMES.get(p.index[i]),
                        "(D)D",
                        false);
                break;
            case Program.USER:
                mv.visitVarInsn(Opcodes.ALOAD, fnsLocal);
                pushInt(p.index[i]);
                mv.visitInsn(Opcodes.AALOAD);
                pushInt(a.length);
                mv.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_DOUBLE);
                for (int k = 0; k < a.length; k++) {
                    mv.visitInsn(Opcodes.DUP);
                    pushInt(k);
                    expr(a[k], false);
                    mv.visitInsn(Opcodes.DASTORE);
                }
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, NUMERIC, "apply", "([D)D", true);
                break;
            default:
                throw new IllegalStateException("Unknown instruction kind " + kind);
        }
    }

    private void binary(int[] a, int opcode) {
        expr(a[0], false);
        expr(a[1], false);
        mv.visitInsn(opcode);
    }

    /** A leaf output in a part method: a constant, or in[k] read from the input array. */
    private void leafFromArrays(int v) {
        if (p.kind[v] == Program.CONST) {
            pushDouble(p.value[v]);
        } else {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            pushInt(p.index[v]);
            mv.visitInsn(Opcodes.DALOAD);
        }
    }

    private void store(int v) {
        int slot = nextLocal;
        nextLocal += 2;
        local.put(v, slot);
        mv.visitVarInsn(Opcodes.DSTORE, slot);
    }

    private void pushInt(int n) {
        if (n >= -1 && n <= 5) {
            mv.visitInsn(Opcodes.ICONST_0 + n);
        } else if (n >= Byte.MIN_VALUE && n <= Byte.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.BIPUSH, n);
        } else if (n >= Short.MIN_VALUE && n <= Short.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.SIPUSH, n);
        } else {
            mv.visitLdcInsn(n);
        }
    }

    private void pushDouble(double v) {
        long bits = Double.doubleToRawLongBits(v);
        if (bits == 0L) {
            mv.visitInsn(Opcodes.DCONST_0);
        } else if (v == 1.0) {
            mv.visitInsn(Opcodes.DCONST_1);
        } else {
            mv.visitLdcInsn(v);
        }
    }
}
