#!/usr/bin/env python3
"""The LoRA training step of bench/LoraStepBench.java in PyTorch (Debian python3-torch 1.13, CPU).

A BERT of all-MiniLM-L6-v2's shapes (6 layers, width 384, 12 heads, feed-forward 1,536, 30,522 x
384 embeddings; random weights: speed does not depend on values), LoRA r = 8 on query and value,
mean pooling, a 2-way head, cross-entropy, backward and AdamW, batch 16 x 64, 2 threads; median
of 20 steps after 5 warm-up steps, and torch's own float32 matmul throughput. Debian's torch uses
a generic BLAS (OpenBLAS), so its matmuls are far below the machine's peak: the ratio to ParamLab
is not a like-for-like library comparison.
"""
import math
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

B, T, H, L, HEADS, I, V = 16, 64, 384, 6, 12, 1536, 30522
torch.set_num_threads(2)
torch.manual_seed(1)


class LoraLinear(nn.Module):
    def __init__(self, base, r=8, alpha=8):
        super().__init__()
        self.base = base
        self.a = nn.Parameter(torch.empty(r, base.in_features).uniform_(-1 / math.sqrt(base.in_features), 1 / math.sqrt(base.in_features)))
        self.b = nn.Parameter(torch.zeros(base.out_features, r))
        self.scale = alpha / r

    def forward(self, x):
        return self.base(x) + F.linear(F.linear(x, self.a), self.b) * self.scale


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(H, H) for _ in range(4))
        self.ln1, self.ln2 = nn.LayerNorm(H, eps=1e-12), nn.LayerNorm(H, eps=1e-12)
        self.up, self.down = nn.Linear(H, I), nn.Linear(I, H)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, t, _ = x.shape
        split = lambda y: y.view(b, t, HEADS, H // HEADS).transpose(1, 2)
        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        p = self.drop(torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(H // HEADS) + bias, -1))
        ctx = (p @ v).transpose(1, 2).reshape(b, t, H)
        a = self.ln1(x + self.drop(self.o(ctx)))
        return self.ln2(a + self.drop(self.down(F.gelu(self.up(a)))))


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.words, self.pos, self.types = nn.Embedding(V, H), nn.Embedding(512, H), nn.Embedding(2, H)
        self.ln = nn.LayerNorm(H, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(L))
        self.head = nn.Linear(H, 2)

    def forward(self, ids, mask):
        x = self.ln(self.words(ids) + self.pos(torch.arange(ids.shape[1])) + self.types(torch.zeros_like(ids)))
        bias = (1 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in self.layers:
            x = layer(x, bias)
        m = mask[..., None].float()
        return self.head((x * m).sum(1) / m.sum(1))


def matmul_peak():
    best = 0
    for n in (1024, 2048):
        a, b = torch.randn(n, n), torch.randn(n, n)
        times = []
        for i in range(7):
            start = time.perf_counter()
            a @ b
            if i >= 2:
                times.append(time.perf_counter() - start)
        best = max(best, 2 * n ** 3 / sorted(times)[2])
    return best


def main():
    model = Model()
    for p in model.parameters():
        p.requires_grad_(False)
    for layer in model.layers:
        layer.q, layer.v = LoraLinear(layer.q), LoraLinear(layer.v)
    for p in model.head.parameters():
        p.requires_grad_(True)
    model.train()
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4)
    ids = torch.randint(1000, 29000, (B, T))
    mask = torch.ones(B, T, dtype=torch.long)
    labels = torch.randint(0, 2, (B,))
    times = []
    for i in range(25):
        start = time.perf_counter()
        loss = F.cross_entropy(model(ids, mask), labels)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], 1.0)
        opt.step()
        if i >= 5:
            times.append(time.perf_counter() - start)
    times.sort()
    median = (times[9] + times[10]) / 2
    non_embedding = L * (4 * H * H + 4 * H + 2 * H * I + I + H + 4 * H)
    forward = 2 * B * T * non_embedding + 2 * 2 * B * T * T * H * L
    peak = matmul_peak()
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, BLAS: {'OpenBLAS/generic' if 'BLAS_INFO=generic' in torch.__config__.show() else 'see torch.__config__'}")
    print(f"torch matmul peak: {peak / 1e9:.1f} GFLOP/s")
    print(f"LoRA r=8 q,v step: {median * 1e3:.1f} ms (median of 20) | {2 * forward / median / 1e9:.1f} GFLOP/s")


if __name__ == "__main__":
    main()
