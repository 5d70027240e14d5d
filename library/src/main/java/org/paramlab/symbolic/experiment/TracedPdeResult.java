package org.paramlab.symbolic.experiment;

import org.paramlab.dynamics.ode.OdeSolution;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What {@link TracedPdeStudy} measured.
 *
 * @param unknowns 2n² on the timing grid
 * @param dagNodes distinct nodes of the traced right-hand side
 * @param jacobianNonZeros non-zeros of the generated sparse Jacobian
 * @param traceMillis wall time of tracing
 * @param compileMillis wall time of differentiating and compiling the right-hand side and Jacobian
 * @param interpretedMicros median time of one right-hand side by interpreting the expressions
 * @param compiledMicros median time of one right-hand side by the compiled code
 * @param handWrittenMicros median time of one right-hand side by the hand-written Java
 * @param rhsMaxRelativeDifference compiled vs hand-written right-hand side, largest relative gap
 * @param solveUnknowns 2n² on the solver grid
 * @param sparseSolveMillis integration with the compiled rhs and generated sparse Jacobian
 * @param denseSolveMillis integration with the hand-written rhs and a dense finite-difference
 *     Jacobian
 * @param sparse the solution with the generated sparse Jacobian
 * @param dense the solution with the dense finite-difference Jacobian
 * @param solutionMaxDifference the largest difference between the two final states
 */
public record TracedPdeResult(
        int unknowns,
        int dagNodes,
        int jacobianNonZeros,
        double traceMillis,
        double compileMillis,
        double interpretedMicros,
        double compiledMicros,
        double handWrittenMicros,
        double rhsMaxRelativeDifference,
        int solveUnknowns,
        double sparseSolveMillis,
        double denseSolveMillis,
        OdeSolution sparse,
        OdeSolution dense,
        double solutionMaxDifference) {
    /** interpreted / compiled right-hand side time. */
    public double speedupOverInterpreter() {
        return interpretedMicros / compiledMicros;
    }

    /** compiled / hand-written right-hand side time (1 = as fast as hand-written). */
    public double slowdownVsHandWritten() {
        return compiledMicros / handWrittenMicros;
    }

    /** dense finite-difference solve time / generated sparse solve time. */
    public double solveSpeedup() {
        return denseSolveMillis / sparseSolveMillis;
    }

    /** The measurements as a two-column table. */
    public Table table() {
        StringColumn what = StringColumn.create("measure");
        DoubleColumn value = DoubleColumn.create("value");
        Object[][] rows = {
            {"unknowns (timing grid)", unknowns},
            {"traced DAG nodes", dagNodes},
            {"sparse Jacobian non-zeros", jacobianNonZeros},
            {"trace ms", traceMillis},
            {"differentiate + compile ms", compileMillis},
            {"rhs µs, interpreted (median)", interpretedMicros},
            {"rhs µs, compiled (median)", compiledMicros},
            {"rhs µs, hand-written (median)", handWrittenMicros},
            {"unknowns (solver grid)", solveUnknowns},
            {"solve ms, compiled rhs + generated sparse J", sparseSolveMillis},
            {"solve ms, hand-written rhs + dense FD J", denseSolveMillis},
            {"Rosenbrock accepted steps, sparse", sparse.stats().accepted()},
            {"Rosenbrock accepted steps, dense", dense.stats().accepted()},
            {"max |y_sparse − y_dense| at the end", solutionMaxDifference}
        };
        for (Object[] r : rows) {
            what.append((String) r[0]);
            value.append(((Number) r[1]).doubleValue());
        }
        return Table.create("Traced 2-D Brusselator").addColumns(what, value);
    }
}
