#!/usr/bin/env bash
# Survival fits side by side: ParamLab's SurvivalMle (bench/SurvivalBench.java) and R's survreg
# (bench/survival_bench.R) on the same shipped data, in one run. From the repository root, after
# ./paramlab setup, with R and r-cran-survival installed:
#     bench/survival_vs_r.sh [repetitions]
# Prints per model: both log-likelihoods, their difference, median ms per fit and the R/Java ratio.
# R's proc.time has 1 ms resolution on Linux, so R's medians are whole milliseconds.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
listed="$ROOT/kernel/target/kernel-classpath.txt"
[[ -f "$listed" ]] || { echo "Build first: ./paramlab setup" >&2; exit 1; }
command -v Rscript >/dev/null || { echo "Rscript is missing: apt-get install r-base-core r-cran-survival" >&2; exit 1; }
CP="$ROOT/kernel/target/paramlab-kernel-0.1.0-SNAPSHOT.jar:$(sed "s#kernel-lib/#$ROOT/kernel/target/kernel-lib/#g" "$listed")"
REPS="${1:-200}"
java_out="$(java -Dai.djl.offline=true -Dorg.slf4j.simpleLogger.defaultLogLevel=error -cp "$CP" "$ROOT/bench/SurvivalBench.java" "$REPS")"
r_out="$(Rscript "$ROOT/bench/survival_bench.R" "$REPS")"
printf '%-42s %18s %18s %9s %9s %9s %7s\n' model "logLik (Java)" "logLik (R)" "|Δ|" "Java ms" "R ms" "R/Java"
while IFS=$'\t' read -r _ name jll jms; do
  rline="$(printf '%s\n' "$r_out" | awk -F'\t' -v n="$name" '$2 == n')"
  if [[ -n "$rline" ]]; then
    rll="$(cut -f3 <<<"$rline")"; rms="$(cut -f4 <<<"$rline")"
    awk -v n="$name" -v jl="$jll" -v rl="$rll" -v jm="$jms" -v rm="$rms" 'BEGIN {
      d = jl - rl; if (d < 0) d = -d
      printf "%-42s %18.10f %18.10f %9.1e %9.3f %9.3f %7.2f\n", n, jl, rl, d, jm, rm, rm / jm }'
  else
    awk -v n="$name" -v jl="$jll" -v jm="$jms" 'BEGIN { printf "%-42s %18.10f %18s %9s %9.3f %9s %7s\n", n, jl, "-", "-", jm, "-", "-" }'
  fi
done <<<"$java_out"
