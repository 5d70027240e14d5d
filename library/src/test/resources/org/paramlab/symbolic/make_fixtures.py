#!/usr/bin/python3
"""Reference results from SymPy for the org.paramlab.symbolic tests.

Run from this folder with Debian's SymPy (apt-get install python3-sympy):

    /usr/bin/python3 make_fixtures.py > sympy-fixtures.json

Expressions are written in ParamLab's syntax (x^2, exact integers); SymPy reads them with ^ as
power. Results are SymPy's str() with ** turned back into ^, so the Java side parses them with
ExprParser. Numeric values are printed with repr (17 significant digits).
"""
import json
import random
import sys

import sympy as sp

x, y, z = sp.symbols("x y z", real=True)
SYMS = {"x": x, "y": y, "z": z}


def parse(text):
    return sp.sympify(text.replace("^", "**"), locals=SYMS)


def show(expr):
    return str(expr).replace("**", "^")


def expand_cases():
    texts = [
        "(x + y)^2",
        "(1 + x)^5",
        "(x - 2*y + 3)^4",
        "(x + y + z + 1)^6",
        "(x^2 - x + 1)*(x^3 + 2*x - 5)",
        "(x/2 + 1/3)^3",
        "(x + y)*(x - y)*(x^2 + y^2)",
        "(2*x - 3)^3*(x + 1)^2",
        "(x + 1)^2 - (x - 1)^2",
        "(x*y + 1)^3*(x - y)",
        "(1 + x + y)^10",
    ]
    return [{"input": t, "expanded": show(sp.expand(parse(t)))} for t in texts]


def univariate_cases(rng):
    out = []
    for _ in range(12):
        # gcds that are non-trivial: multiply random polys by a common factor
        def rand_poly(deg):
            return sum(rng.randint(-5, 5) * x**k for k in range(deg)) + x**deg

        common = rand_poly(rng.randint(1, 3))
        f = sp.expand(common * rand_poly(rng.randint(1, 3)))
        g = sp.expand(common * rand_poly(rng.randint(1, 3)))
        gcd = sp.Poly(sp.gcd(f, g), x).monic().as_expr()
        q, r = sp.div(f, g, x)
        out.append(
            {
                "f": show(f),
                "g": show(g),
                "gcd": show(gcd),
                "quotient": show(sp.expand(q)),
                "remainder": show(sp.expand(r)),
            }
        )
    return out


def reduction_cases():
    cases = [
        ("x^2*y + x*y^2 + y^2", ["x*y - 1", "y^2 - 1"]),
        ("x^3 - 2*x*y + y^3", ["x^2 - y", "x*y - 1"]),
        ("x^4 + y^4 + z^4", ["x + y + z", "x*y + y*z + z*x", "x*y*z - 1"]),
        ("x^2 + y^2 + z^2 - 1", ["x - y*z", "y - z^2"]),
    ]
    out = []
    for f, gens in cases:
        gb = sp.groebner([parse(g) for g in gens], x, y, z, order="lex")
        _, r = sp.reduced(parse(f), list(gb.exprs), x, y, z, order="lex")
        out.append(
            {
                "f": f,
                "basis": [show(g) for g in gb.exprs],
                "remainder": show(sp.expand(r)),
            }
        )
    return out


def derivative_cases(rng):
    texts = [
        "x^2*y + sin(x*y)",
        "exp(x)*cos(y) + log(x + y)",
        "sqrt(x^2 + y^2)",
        "tanh(x*y - 1)/(1 + x^2)",
        "x^y",
        "atan(y/x)",
        "(x + 2*y)^5/(x*y)",
        "log(sqrt(x) + exp(-y))",
        "sin(cos(x + y^2))",
        "abs(x - 3*y)",
        "asin(x/3)*acos(y/3)",
        "sinh(x)*cosh(y) - tan(x/4)",
    ]
    leaves = ["x", "y", "2", "3", "1/2"]
    unary = ["sin", "cos", "exp", "tanh", "sqrt", "log"]

    def rand_expr(depth):
        if depth == 0 or rng.random() < 0.25:
            return rng.choice(leaves)
        k = rng.randrange(5)
        a = rand_expr(depth - 1)
        b = rand_expr(depth - 1)
        if k == 0:
            return f"({a} + {b})"
        if k == 1:
            return f"({a} * {b})"
        if k == 2:
            return f"({a} - {b})"
        if k == 3:
            return f"({a})^{rng.choice(['2', '3', '-1'])}"
        f = rng.choice(unary)
        if f in ("sqrt", "log"):
            return f"{f}(1 + ({a})^2)"
        return f"{f}({a})"

    while len(texts) < 30:
        t = rand_expr(4)
        e = parse(t)
        if e.free_symbols >= {x}:
            texts.append(t)
    points = [(0.7, 1.3), (1.9, 0.6), (1.1, 1.7)]
    out = []
    for t in texts:
        e = parse(t)
        dx = sp.diff(e, x)
        dxy = sp.diff(e, x, y)
        vals = []
        for px, py in points:
            sub = {x: sp.Float(repr(px), 30), y: sp.Float(repr(py), 30)}
            vals.append(
                {
                    "x": px,
                    "y": py,
                    "f": float(e.evalf(30, subs=sub)),
                    "dfdx": float(dx.evalf(30, subs=sub)),
                    "d2fdxdy": float(dxy.evalf(30, subs=sub)),
                }
            )
        out.append({"input": t, "dfdx": show(dx), "values": vals})
    return out


def main():
    rng = random.Random(20240611)
    data = {
        "generator": "make_fixtures.py",
        "sympy": sp.__version__,
        "expand": expand_cases(),
        "univariate": univariate_cases(rng),
        "reduction": reduction_cases(),
        "derivatives": derivative_cases(rng),
    }
    json.dump(data, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
