#!/usr/bin/python3
"""SymPy reference values for notebooks/symbolic/symbolics.ipynb (org.paramlab.symbolic.experiment).

Run from the repository root with Debian's SymPy (apt-get install python3-sympy):
    /usr/bin/python3 bench/symbolics/make_sympy_reference.py \
        > library/src/main/resources/org/paramlab/symbolic/experiment/sympy-reference.json

It draws a 20-species mass-action network (seeded), and records at 20 seeded random points:
  W1: expand((x + y + z + 1)^n) for n = 4..12, evaluated;
  W3: the non-zeros of the Jacobian of the network's mass-action right-hand side.
"""
import json
import random

import sympy as sp

rng = random.Random(2021)
SPECIES, REACTIONS = 20, 40

reactions = []
for r in range(REACTIONS):
    kind = rng.random()
    a, b, c, d = rng.sample(range(SPECIES), 4)
    if kind < 0.45:
        reactions.append({"reactants": [a, b], "products": [c]})
    elif kind < 0.75:
        reactions.append({"reactants": [a], "products": [b]})
    elif kind < 0.9:
        reactions.append({"reactants": [a, b], "products": [c, d]})
    else:
        reactions.append({"reactants": [a, a], "products": [b]})

x = sp.symbols(f"x0:{SPECIES}")
k = sp.symbols(f"k0:{REACTIONS}")
rhs = [sp.Integer(0)] * SPECIES
for r, reac in enumerate(reactions):
    rate = k[r]
    for s in reac["reactants"]:
        rate = rate * x[s]
    for s in reac["reactants"]:
        rhs[s] -= rate
    for s in reac["products"]:
        rhs[s] += rate
jac = sp.Matrix(rhs).jacobian(sp.Matrix(x))
pattern = [[i, j] for i in range(SPECIES) for j in range(SPECIES) if jac[i, j] != 0]

xyz = sp.symbols("x y z")
w1 = {}
points3 = [[rng.uniform(0.1, 1.0) for _ in range(3)] for _ in range(20)]
for n in range(4, 13):
    poly = sp.expand((xyz[0] + xyz[1] + xyz[2] + 1) ** n)
    f = sp.lambdify(xyz, poly, "math")
    w1[str(n)] = {"terms": len(poly.args), "values": [float(f(*p)) for p in points3]}

points = []
values = []
fj = sp.lambdify(list(x) + list(k), [jac[i, j] for i, j in pattern], "math")
for _ in range(20):
    p = [rng.uniform(0.1, 1.0) for _ in range(SPECIES + REACTIONS)]
    points.append(p)
    values.append([float(v) for v in fj(*p)])

print(json.dumps({
    "generator": "bench/symbolics/make_sympy_reference.py, sympy " + sp.__version__,
    "species": SPECIES,
    "reactions": reactions,
    "w1": {"points": points3, "powers": w1},
    "w3": {"pattern": pattern, "points": points, "values": values},
}))
