#!/usr/bin/env bash
# Monte Carlo throughput (simulations per second) of the PCF SPARK simulation on 1 and 2 threads,
# with a check that both give bit-identical results. From the repository root after ./paramlab setup:
#     bench/pcf_throughput.sh [runs]        (default 2,000,000 episodes per measurement)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
listed="$ROOT/kernel/target/kernel-classpath.txt"
[[ -f "$listed" ]] || { echo "Build first: ./paramlab setup" >&2; exit 1; }
CP="$ROOT/kernel/target/paramlab-kernel-0.1.0-SNAPSHOT.jar:$(sed "s#kernel-lib/#$ROOT/kernel/target/kernel-lib/#g" "$listed")"
java -Dorg.slf4j.simpleLogger.defaultLogLevel=error -cp "$CP" "$ROOT/bench/McThroughputBench.java" "${1:-2000000}"
