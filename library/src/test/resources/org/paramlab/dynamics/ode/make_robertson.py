#!/usr/bin/python3
"""Reference solution of Robertson's stiff chemical kinetics problem for RosenbrockSolverTest.

Run from this folder with Debian's SciPy (apt-get install python3-scipy):
    /usr/bin/python3 make_robertson.py > robertson.json

    y1' = -0.04 y1 + 1e4 y2 y3
    y2' =  0.04 y1 - 1e4 y2 y3 - 3e7 y2^2
    y3' =                        3e7 y2^2,     y(0) = (1, 0, 0)

(H. H. Robertson, "The solution of a set of reaction rate equations", in Numerical Analysis: an
Introduction, Academic Press 1966; Hairer & Wanner II, §IV.1.) Integrated with scipy's Radau IIA
(order 5) at rtol 1e-10, atol 1e-14 and its Jacobian.
"""
import json

import numpy as np
import scipy
from scipy.integrate import solve_ivp


def rhs(t, y):
    return [-0.04 * y[0] + 1e4 * y[1] * y[2],
            0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] ** 2,
            3e7 * y[1] ** 2]


def jac(t, y):
    return [[-0.04, 1e4 * y[2], 1e4 * y[1]],
            [0.04, -1e4 * y[2] - 6e7 * y[1], -1e4 * y[1]],
            [0.0, 6e7 * y[1], 0.0]]


times = [0.4, 4.0, 40.0, 400.0, 4e3, 4e4, 4e5]
sol = solve_ivp(rhs, (0.0, times[-1]), [1.0, 0.0, 0.0], method="Radau", jac=jac,
                rtol=1e-10, atol=1e-14, t_eval=times)
assert sol.success, sol.message
print(json.dumps({
    "generator": "make_robertson.py, scipy " + scipy.__version__ + " solve_ivp Radau rtol=1e-10 atol=1e-14",
    "times": times,
    "states": [[float(v) for v in sol.y[:, i]] for i in range(len(times))],
    "radau_nfev": int(sol.nfev),
}, indent=1))
