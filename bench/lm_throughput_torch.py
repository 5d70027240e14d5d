#!/usr/bin/env python3
"""The peer of LmThroughputBench.java in Debian's PyTorch: the same decoder (4 layers, context
128, batch 32, LayerNorm, learned positions, GELU MLP 4d, heads of width 64, bias-free
projections, vocabulary 65), AdamW, clipping at 1, 2 threads; tokens/s after warm-up and the
FLOP/s fraction of a 2048^3 matmul measured in the same process. Run by bench/lm_throughput.sh."""
import math
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

LAYERS, CONTEXT, BATCH, VOCAB, WARMUP, STEPS = 4, 128, 32, 65, 3, 10


class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.h = d // 64
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.q, self.k, self.v, self.o = (nn.Linear(d, d, bias=False) for _ in range(4))
        self.up, self.down = nn.Linear(d, 4 * d, bias=False), nn.Linear(4 * d, d, bias=False)

    def forward(self, x, mask):
        b, t, d = x.shape
        y = self.ln1(x)
        q, k, v = (p(y).view(b, t, self.h, 64).transpose(1, 2) for p in (self.q, self.k, self.v))
        s = (q @ k.transpose(-1, -2)) / 8.0 + mask  # (B, H, T, T)
        a = (s.softmax(-1) @ v).transpose(1, 2).reshape(b, t, d)
        x = x + self.o(a)
        return x + self.down(F.gelu(self.up(self.ln2(x))))


class Gpt(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.tok, self.pos = nn.Embedding(VOCAB, d), nn.Embedding(CONTEXT, d)
        self.blocks = nn.ModuleList(Block(d) for _ in range(LAYERS))
        self.ln, self.head = nn.LayerNorm(d), nn.Linear(d, VOCAB, bias=False)
        self.register_buffer("mask", torch.triu(torch.full((CONTEXT, CONTEXT), float("-inf")), 1))

    def forward(self, ids):
        x = self.tok(ids) + self.pos(torch.arange(ids.shape[1]))
        for blk in self.blocks:
            x = blk(x, self.mask)
        return self.head(self.ln(x))


def flops_per_token(d):  # the per-layer count of FlopCount: 3 x forward
    layer = 2 * (4 * d * d + 8 * d * d) + 2 * 2 * CONTEXT * d
    return 3 * (LAYERS * layer + 2 * d * VOCAB)


def peak():
    n = 2048
    a, b = torch.randn(n, n), torch.randn(n, n)
    best = math.inf
    for i in range(7):
        t0 = time.perf_counter()
        (a @ b)[0, 0].item()
        if i >= 2:
            best = min(best, time.perf_counter() - t0)
    return 2 * n ** 3 / best


def throughput(d):
    torch.manual_seed(0)
    model = Gpt(d)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3, betas=(0.9, 0.95), weight_decay=0.1)
    times = []
    for step in range(WARMUP + STEPS):
        ids = torch.randint(VOCAB, (BATCH, CONTEXT))
        labels = torch.randint(VOCAB, (BATCH, CONTEXT))
        loss = F.cross_entropy(model(ids).reshape(-1, VOCAB), labels.reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        loss.item()
        times.append(time.perf_counter())
    return STEPS * BATCH * CONTEXT / (times[-1] - times[WARMUP - 1])


if __name__ == "__main__":
    torch.set_num_threads(2)
    p = peak()
    print(f"torch {torch.__version__}, matmul peak (2048^3, 2 threads): {p / 1e9:.1f} GFLOP/s")
    for d in (128, 256, 512):
        tps = throughput(d)
        achieved = tps * flops_per_token(d)
        print(f"d = {d:3d}: {tps:8.0f} tokens/s, {achieved / 1e9:6.1f} GFLOP/s = {100 * achieved / p:4.1f}% of peak")
