#!/usr/bin/env bash
# ParamLab's symbolic engine side by side with SymPy, in one run: expand (1+a+b+c)^20,
# differentiate a large expression and a Jacobian, simplify a family of trigonometric/rational
# expressions, and evaluate a compiled expression over 10^6 points vs sympy.lambdify with NumPy.
# Every time is the median of repeated runs after warm-up. Run from the repository root after
# ./paramlab setup (needs Debian's python3-sympy and python3-numpy):
#     bench/symbolic_vs_sympy.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
listed="$ROOT/kernel/target/kernel-classpath.txt"
[[ -f "$listed" ]] || { echo "Build first: ./paramlab setup" >&2; exit 1; }
CP="$ROOT/kernel/target/paramlab-kernel-0.1.0-SNAPSHOT.jar:$(sed "s#kernel-lib/#$ROOT/kernel/target/kernel-lib/#g" "$listed")"
ours="$(mktemp)"
trap 'rm -f "$ours"' EXIT
java -Dai.djl.offline=true -cp "$CP" "$ROOT/bench/SymbolicBench.java" > "$ours"
/usr/bin/python3 "$ROOT/bench/symbolic_sympy.py" "$ours"
echo
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
