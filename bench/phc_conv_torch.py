"""The same PHC convolution in PyTorch (Debian's python3-torch 1.13): forward + backward of a 3x3
conv 64 -> 64, batch 64 x 28 x 28, n = 4, the kernel built as sum_i A_i (x) F_i by one batched
matrix product per step (as PhcConv2d does), against torch.nn.Conv2d. Timed alternately, 5 warm-up
rounds then 20; medians. Usage: phc_conv_torch.py [threads]."""
import statistics
import sys
import time

import torch

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
torch.set_num_threads(threads)
torch.manual_seed(1)
N, C, B, S = 4, 64, 64, 28
rules = torch.nn.Parameter(torch.empty(N, N, N).uniform_(-0.43, 0.43))
factors = torch.nn.Parameter(torch.empty(N, C // N, C // N, 3, 3).uniform_(-0.1, 0.1))
real = torch.nn.Conv2d(C, C, 3, padding=1, bias=False)
x0 = torch.randn(B, C, S, S)


def phc_weight():
    p, q = C // N, C // N
    summed = rules.reshape(N, N * N).t() @ factors.reshape(N, -1)  # (n^2, p*q*9)
    blocks = summed.reshape(N, N, p, q, 9).permute(0, 2, 1, 3, 4)  # (a, b, c, d, 9)
    return blocks.reshape(N * p, N * q, 3, 3)


def step(kind):
    x = x0.clone().requires_grad_(True)
    start = time.perf_counter()
    y = torch.nn.functional.conv2d(x, phc_weight(), padding=1) if kind == "phc" else real(x)
    y.sum().backward()
    return time.perf_counter() - start


times = {"phc": [], "real": []}
for i in range(-5, 20):
    for kind in ("phc", "real"):
        t = step(kind)
        if i >= 0:
            times[kind].append(t)
phc, rl = statistics.median(times["phc"]), statistics.median(times["real"])
print(f"torch {torch.__version__}, threads {torch.get_num_threads()}")
print(f"PHC conv n=4 (torch)  fwd+bwd {phc * 1e3:7.2f} ms (median of 20)")
print(f"nn.Conv2d (torch)     fwd+bwd {rl * 1e3:7.2f} ms (median of 20)")
print(f"ratio PHC / real: {phc / rl:.3f}")
