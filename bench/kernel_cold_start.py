#!/usr/bin/env python3
"""Cold start of the ParamLab kernel next to Debian's Python ipykernel, measured in one run.

For each kernel and each first cell: start a fresh kernel process, execute the cell, and time
from the spawn to the cell's result arriving over the Jupyter protocol. Reports the median of N
runs and the ratio to ipykernel's trivial cell, which is the figure of merit (goal: within 2x).

Run from the repository root after ./paramlab setup:
    JUPYTER_PATH=.paramlab/jupyter /usr/bin/python3 bench/kernel_cold_start.py [runs]
"""
import statistics
import sys
import time

from jupyter_client.manager import start_new_kernel

CASES = [
    ("ipykernel (python3)", "python3", "1 + 1"),
    ("ParamLab, trivial cell", "paramlab", "1 + 1"),
    ("ParamLab, first DJL op", "paramlab",
     "NDManager.newBaseManager().ones(new Shape(2, 2)).sum().getFloat()"),
]


def cold_start(kernel, code):
    start = time.perf_counter()
    km, kc = start_new_kernel(kernel_name=kernel, startup_timeout=120)
    try:
        result = {}
        def hook(msg):
            if msg["msg_type"] in ("execute_result", "error"):
                result.setdefault("at", time.perf_counter())
                result["type"] = msg["msg_type"]
        kc.execute_interactive(code, output_hook=hook, timeout=120)
        if result.get("type") != "execute_result":
            raise RuntimeError(f"{kernel} did not return a result for {code!r}")
        return result["at"] - start
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    medians = {}
    for name, kernel, code in CASES:
        times = [cold_start(kernel, code) for _ in range(runs)]
        medians[name] = statistics.median(times)
        print(f"{name:28s} median {medians[name]:.2f} s  (runs: {', '.join(f'{t:.2f}' for t in times)})",
              flush=True)
    base = medians["ipykernel (python3)"]
    for name in list(medians)[1:]:
        print(f"{name:28s} {medians[name] / base:.2f}x ipykernel")


if __name__ == "__main__":
    main()
