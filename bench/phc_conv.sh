#!/usr/bin/env bash
# Forward + backward of a PHC convolution (n = 4, 64 -> 64 channels, 3 x 3, batch 64 x 28 x 28)
# against the real Conv2d of the same shape, in ParamLab (DJL + PyTorch 2.7.1) and in Debian's
# PyTorch 1.13 (OpenBLAS; several times slower than DJL's libtorch on plain matmuls here, so compare
# ratios, not milliseconds, across the two). Median of 20 after 5 warm-up rounds, the two layers
# timed alternately. Run from the repository root after ./paramlab setup, on an otherwise idle
# machine:
#     bench/phc_conv.sh [threads]      # intra-op threads, default 2
# The PyTorch half needs python3-torch (apt-get install python3-torch); it is skipped without it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
THREADS="${1:-2}"
listed="$ROOT/kernel/target/kernel-classpath.txt"
[[ -f "$listed" ]] || { echo "Build first: ./paramlab setup" >&2; exit 1; }
CP="$ROOT/kernel/target/paramlab-kernel-0.1.0-SNAPSHOT.jar:$(sed "s#kernel-lib/#$ROOT/kernel/target/kernel-lib/#g" "$listed")"
echo "== ParamLab (DJL, PyTorch engine)"
java -Dai.djl.offline=true -Dai.djl.pytorch.num_interop_threads=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=error \
  -cp "$CP" "$ROOT/bench/PhcConvBench.java" "$THREADS" 2>/dev/null
echo "== PyTorch (Debian python3-torch)"
if /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  /usr/bin/python3 "$ROOT/bench/phc_conv_torch.py" "$THREADS"
else
  echo "python3-torch is not installed; skipped (apt-get install python3-torch)"
fi
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
