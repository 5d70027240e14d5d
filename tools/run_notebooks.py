#!/usr/bin/env python3
"""Execute ParamLab notebooks through a real Jupyter client and check what they produced.

Used by `./paramlab test` (smoke scale, results in a temporary folder) and `./paramlab reproduce`
(full scale, results in results/). For each notebook:
  * every cell runs with the "paramlab" kernel; an error output fails the notebook;
  * the outputs named in the notebook's metadata (`paramlab.expects`, MIME type -> minimum count)
    must appear, e.g. {"image/png": 3} for three charts;
  * `results/<slug>.json` must have been written by this run, at this scale, with claims.
Executed copies are kept in .paramlab/executed/ for inspection.
"""
import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

ROOT = Path(__file__).resolve().parent.parent


def count_outputs(nb):
    counts = {}
    errors = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                errors.append((index, out.ename, out.evalue))
            for mime in out.get("data", {}):
                counts[mime] = counts.get(mime, 0) + 1
    return counts, errors


class NotebookTimeout(Exception):
    pass


def _alarm(signum, frame):
    raise NotebookTimeout()


def run_one(path, scale, results_dir, timeout, notebook_timeout, executed_dir):
    nb = nbformat.read(str(path), as_version=4)
    meta = nb.metadata.get("paramlab", {})
    slug = meta.get("slug", path.stem)
    problems = []
    kernel = nb.metadata.get("kernelspec", {}).get("name")
    if kernel != "paramlab":
        problems.append(f"kernelspec is {kernel!r}, expected 'paramlab'")
    for cell in nb.cells:
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count")):
            problems.append("committed with outputs; clear them before committing")
            break
    started = time.time()
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="paramlab",
        resources={"metadata": {"path": str(path.parent)}},
        allow_errors=False,
        record_timing=True,
    )
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(notebook_timeout)
    try:
        client.execute()
    except NotebookTimeout:
        problems.append(f"the notebook exceeded its {notebook_timeout} s budget")
    except CellTimeoutError as e:
        problems.append(f"a cell exceeded {timeout} s: {str(e)[:300]}")
    except DeadKernelError as e:
        problems.append(f"the kernel died: {e}")
    except CellExecutionError as e:
        problems.append(f"cell failed: {str(e)[-1500:]}")
    finally:
        signal.alarm(0)
    elapsed = time.time() - started
    executed_dir.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(executed_dir / path.name))

    counts, errors = count_outputs(nb)
    for index, ename, evalue in errors:
        problems.append(f"error output in cell {index}: {ename}: {evalue[:300]}")
    for mime, minimum in meta.get("expects", {}).items():
        if counts.get(mime, 0) < minimum:
            problems.append(f"expected at least {minimum} {mime} outputs, found {counts.get(mime, 0)}")

    claims = None
    if meta.get("results", True):
        results_file = results_dir / f"{slug}.json"
        if not results_file.is_file():
            problems.append(f"no results file {results_file} (did the notebook call Repro.save()?)")
        elif results_file.stat().st_mtime < started - 1:
            problems.append(f"{results_file} was not written by this run")
        else:
            data = json.loads(results_file.read_text())
            if data.get("scale") != scale:
                problems.append(f"results were written at scale {data.get('scale')!r}, expected {scale!r}")
            claims = data.get("claims", [])
            if not claims:
                problems.append("the results file records no claims")
    return slug, elapsed, problems, claims


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--scale", choices=["smoke", "full"], required=True)
    parser.add_argument("--results-dir", type=Path, required=True)
    parser.add_argument("--timeout", type=int, default=900, help="seconds per cell")
    parser.add_argument("--notebook-timeout", type=int, default=1800, help="seconds per notebook")
    args = parser.parse_args()
    os.environ["PARAMLAB_SCALE"] = args.scale
    os.environ["PARAMLAB_RESULTS_DIR"] = str(args.results_dir)
    executed = ROOT / ".paramlab" / "executed" / args.scale
    failures = 0
    for path in args.notebooks:
        rel = path.resolve().relative_to(ROOT)
        print(f"--> {rel}", flush=True)
        slug, elapsed, problems, claims = run_one(path.resolve(), args.scale, args.results_dir, args.timeout,
                                                   args.notebook_timeout, executed)
        verdict = ""
        if claims is not None:
            passed = sum(1 for c in claims if c["status"] == "PASSED")
            tested = sum(1 for c in claims if c["status"] != "NOT_TESTED")
            verdict = f", claims reproduced {passed}/{tested}"
        if problems:
            failures += 1
            print(f"FAIL {rel} ({elapsed:.1f} s)")
            for p in problems:
                print(f"     - {p}")
        else:
            print(f"ok   {rel} ({elapsed:.1f} s{verdict})", flush=True)
    if failures:
        print(f"{failures} of {len(args.notebooks)} notebooks failed; executed copies in {executed}")
        sys.exit(1)


if __name__ == "__main__":
    main()
