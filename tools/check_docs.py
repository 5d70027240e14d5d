#!/usr/bin/env python3
"""Keeps the documentation true: every notebook is listed in README.md and notebooks/README.md,
and the reproduction tables match results/ (checked by ReproductionsReport --check)."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    problems = []
    readme = (ROOT / "README.md").read_text()
    index = (ROOT / "notebooks" / "README.md").read_text()
    for nb in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        if ".ipynb_checkpoints" in nb.parts:
            continue
        rel = nb.relative_to(ROOT / "notebooks").as_posix()
        if f"(notebooks/{rel})" not in readme:
            problems.append(f"README.md does not list notebooks/{rel}")
        if f"({rel})" not in index:
            problems.append(f"notebooks/README.md does not list {rel}")
    for p in problems:
        print(p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
