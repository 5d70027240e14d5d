#!/usr/bin/python3
"""The SymPy half of bench/symbolic_vs_sympy.sh, and the side-by-side table.

Runs the four tasks of SymbolicBench.java with Debian's SymPy and NumPy (apt-get install
python3-sympy python3-numpy), each the median of repeated runs after one warm-up with SymPy's
cache cleared before every run, and prints a Markdown table with ParamLab's times read from the
file given as the first argument.
"""
import statistics
import sys
import time

import numpy as np
import sympy as sp
from sympy.core.cache import clear_cache


def median_ms(work, repeats):
    """Median wall time of work(); SymPy's result cache is cleared before every run, or repeated
    expand/diff calls would only look their answer up."""
    clear_cache()
    work()
    times = []
    for _ in range(repeats):
        clear_cache()
        t0 = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times), result


VARS = 104
x = sp.symbols(f"x0:{VARS}")


def term(i):
    return sp.sin(x[i] * x[i + 1]) * sp.exp(x[i + 2]) / (x[i + 3] ** 2 + 1) + (x[i] + x[i + 4]) ** 3


rows = {}
a, b, c = sp.symbols("a b c")
ms, r = median_ms(lambda: sp.expand((1 + a + b + c) ** 20), 3)
rows["expand (1+a+b+c)^20"] = (ms, f"{len(r.args)} terms")

terms = [term(i) for i in range(100)]
f = sp.Add(*terms)
vec = sp.Matrix([terms[2 * i] * terms[2 * i + 1] for i in range(50)])
ms, _ = median_ms(lambda: [sp.diff(f, v) for v in x], 3)
rows["gradient of a 100-term expression (104 vars)"] = (ms, "")
ms, _ = median_ms(lambda: vec.jacobian(x), 3)
rows["Jacobian 50 x 104"] = (ms, "")

X, Y = sp.symbols("x y")
family, expected = [], []
for k in range(1, 11):
    family.append(sp.sin(X) ** 2 + sp.cos(X) ** 2 + (X ** 2 - k * k) / (X - k))
    expected.append(X + k + 1)
    family.append(sp.cosh(Y) ** 2 - sp.sinh(Y) ** 2 + (Y ** 3 - k * Y) / (Y ** 2 - k))
    expected.append(Y + 1)
ms, res = median_ms(lambda: [sp.simplify(e) for e in family], 3)
right = sum(1 for r, e in zip(res, expected) if sp.expand(r - e) == 0)
rows["simplify 20 trig/rational expressions"] = (ms, f"{right}/20 to the expected form")

g = sp.sin(X) * sp.exp(-Y) + X ** 3 * Y - sp.sqrt(X ** 2 + Y ** 2) + sp.tanh(X * Y) / (1 + X ** 2)
ms, fn = median_ms(lambda: sp.lambdify((X, Y), g, "numpy"), 7)
rows["compile g(x, y)"] = (ms, "lambdify")
rng = np.random.default_rng(1)
xs, ys = rng.uniform(-1, 1, 1_000_000), rng.uniform(-1, 1, 1_000_000)
ms, _ = median_ms(lambda: fn(xs, ys), 7)
rows["evaluate g over 10^6 points"] = (ms, "numpy " + np.__version__)

ours = {}
with open(sys.argv[1]) as fh:
    for line in fh:
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3:
            ours[parts[0]] = (float(parts[1]), parts[2])

context = {
    "expand (1+a+b+c)^20": "SymEngine ~1.5 ms, Symbolics.jl ~240 ms (published)",
}
print(f"| task | SymPy {sp.__version__} ms | ParamLab ms | SymPy / ParamLab | notes |")
print("|---|---|---|---|---|")
for task, (sms, snote) in rows.items():
    pms, pnote = ours.get(task, (float("nan"), "missing"))
    note = "; ".join(n for n in (pnote, "SymPy: " + snote if snote else "", context.get(task, "")) if n)
    print(f"| {task} | {sms:.3f} | {pms:.3f} | {sms / pms:.1f}x | {note} |")
