#!/usr/bin/env bash
# One LoRA (r = 8 on query and value) training step of all-MiniLM-L6-v2, batch 16 x 64 tokens,
# 2 threads, in ParamLab (DJL + PyTorch 2.7.1) and in Debian's PyTorch 1.13, measured in one run:
# step time, FLOPs as a fraction of the matmul peak measured in the same JVM, peak memory of LoRA
# vs full fine-tuning and the full fine-tuning step. Run from the repository root after
# ./paramlab setup, on an otherwise idle machine:
#     bench/lora_step.sh
# "LoRA, no drop" is the same step with dropout off: PyTorch's serial CPU random number generator
# makes the dropout masks cost about a quarter of the step, and the PyTorch model below has no
# dropout, so that line is the like-for-like one.
# The PyTorch half needs Debian's python3-torch (apt-get install python3-torch); it is skipped
# when torch is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
listed="$ROOT/kernel/target/kernel-classpath.txt"
[[ -f "$listed" ]] || { echo "Build first: ./paramlab setup" >&2; exit 1; }
CP="$ROOT/kernel/target/paramlab-kernel-0.1.0-SNAPSHOT.jar:$(sed "s#kernel-lib/#$ROOT/kernel/target/kernel-lib/#g" "$listed")"
echo "== ParamLab (DJL, PyTorch engine)"
for method in lora lora-no-dropout full; do
  java -Dai.djl.offline=true -Dai.djl.pytorch.num_interop_threads=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=error \
    -cp "$CP" "$ROOT/bench/LoraStepBench.java" "$method" 2>/dev/null
done
echo "== PyTorch (Debian python3-torch)"
if /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  /usr/bin/python3 "$ROOT/bench/lora_step_torch.py"
else
  echo "python3-torch is not installed; skipped (apt-get install python3-torch)"
fi
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
