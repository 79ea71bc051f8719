"""Would adapting the encoder help? Leave one author out, LoRA on the top layers against frozen features.

    nice -n 5 python benchmarks/ethics_adapter_study.py --threads 2 --out runs/ethics_ft/ft_e4.json

The shipped classifier reads frozen all-MiniLM-L6-v2 features (mean token states of layers 6, 5, 4, 3) with an MLP
head. Here the top ``--top`` layers are run again from the layer below them, with rank-``--r`` LoRA adapters on
their dense matrices (layer norms trainable), and trained end to end with the same head shape on the same training
texts (`train_semantic_ethics.load_splits` without the held-out author; class-balanced, length-bucketed batches of
32, ``--epochs`` epochs). Per fold: ROC AUC of the held-out author's piece-maximum probability and the oracle recall
at FPR <= 2% of the hybrid detector (the quantities ``benchmarks/ethics_calibration.py`` reports per fold), to set
against the frozen-feature numbers of that study. Needs ``runs/ethics_calibration/features.pt`` (that study's
cache); the token states of the layer below the adapted ones are cached in ``runs/ethics_ft/``.
"""
import argparse
import copy
import json
import math
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from _scripts import load_script  # noqa: E402
from causaltorch.ethics.encoder import MAX_TOKENS, SentenceEncoder  # noqa: E402
from causaltorch.ethics.filters import harmful_content_parts  # noqa: E402
from causaltorch.ethics.semantic import _example_score, _normalize  # noqa: E402

train = load_script("train_semantic_ethics")


class LoRA(nn.Module):
    def __init__(self, base: nn.Linear, r: int, alpha: float):
        super().__init__()
        self.base = base.requires_grad_(False)
        self.a = nn.Parameter(torch.empty(r, base.in_features))
        nn.init.kaiming_uniform_(self.a, a=math.sqrt(5))
        self.b = nn.Parameter(torch.zeros(base.out_features, r))
        self.scale = alpha / r

    def forward(self, x):
        return self.base(x) + (x @ self.a.T) @ self.b.T * self.scale


class Branch(nn.Module):
    """Layers 5 and 6 again, LoRA-adapted, from layer 4's token states; head on [6', 5', 4, 3] pooled."""

    def __init__(self, encoder, r=8, alpha=16, hidden=128, top=2):
        super().__init__()
        self.top = top
        self.layers = nn.ModuleList(copy.deepcopy(encoder.layers[6 - top + i]) for i in range(top))
        for layer in self.layers:
            layer.requires_grad_(False)
            for name in ("qkv", "attn_out", "up", "down"):
                setattr(layer, name, LoRA(getattr(layer, name), r, alpha))
            layer.attn_norm.requires_grad_(True)
            layer.out_norm.requires_grad_(True)
        self.head = nn.Sequential(nn.Linear(1536, hidden), nn.GELU(), nn.Dropout(0.2), nn.Linear(hidden, 1))

    def forward(self, states, keep, low):  # states (B, T, C) below the adapted layers; low: the other layers
        mask = keep[:, None, None, :]
        w = keep.unsqueeze(-1).to(states.dtype)
        x, pooled = states, []
        for layer in self.layers:
            x = layer(x, mask)
            pooled.append(F.normalize((x * w).sum(1) / w.sum(1), dim=-1))
        feats = torch.cat([*reversed(pooled), low], dim=-1)
        return self.head(feats).squeeze(-1)


def token_states(encoder, strings, depth):
    out = []
    for i in range(0, len(strings), 64):
        chunk = strings[i:i + 64]
        ids = [[encoder.cls_id, *encoder.token_ids(t)[:MAX_TOKENS - 2], encoder.sep_id] for t in chunk]
        length = max(map(len, ids))
        tokens = torch.zeros(len(ids), length, dtype=torch.long)
        keep = torch.zeros(len(ids), length, dtype=torch.bool)
        for r, p in enumerate(ids):
            tokens[r, :len(p)] = torch.tensor(p)
            keep[r, :len(p)] = True
        with torch.no_grad():
            x = encoder.norm(encoder.word(tokens) + encoder.position(torch.arange(length))
                             + encoder.token_type.weight[0])
            for layer in encoder.layers[:depth]:
                x = layer(x, keep[:, None, None, :])
        out += [x[r, :len(p)].clone().to(torch.float16) for r, p in enumerate(ids)]
    return out


def batch(states, idx):
    length = max(states[i].shape[0] for i in idx)
    x = torch.zeros(len(idx), length, 384)
    keep = torch.zeros(len(idx), length, dtype=torch.bool)
    for r, i in enumerate(idx):
        n = states[i].shape[0]
        x[r, :n] = states[i].float()
        keep[r, :n] = True
    return x, keep


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", nargs="+", default=list(train.BLIND))
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--r", type=int, default=8)
    ap.add_argument("--top", type=int, default=2)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--seeds", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", default=str(ROOT / "runs/ethics_ft/ft.json"))
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    cache = torch.load(ROOT / "runs/ethics_calibration/features.pt")
    index = {s: i for i, s in enumerate(cache["strings"])}
    feats = cache["features"]
    encoder = SentenceEncoder.bundled()
    depth = 6 - args.top
    spath = ROOT / f"runs/ethics_ft/states{depth}.pt"
    spath.parent.mkdir(parents=True, exist_ok=True)
    if spath.is_file():
        states = torch.load(spath)
    else:
        t0 = time.time()
        states = token_states(encoder, cache["strings"], depth)
        torch.save(states, spath)
        print(f"states in {time.time() - t0:.0f}s", flush=True)
    low_dims = slice(384 * args.top, 1536)  # features are (6, 5, 4, 3)
    texts = train.load_texts()
    lexical = {t.text: harmful_content_parts(t.text) for t in texts}
    results = json.loads(Path(args.out).read_text()) if Path(args.out).is_file() else {}
    for fold in args.folds:
        t0 = time.time()
        splits = train.load_splits(train.CALIBRATION_SHARE, (fold,))
        tr = {}
        for text, label in splits["train"]:
            tr.setdefault(_normalize(text), label)
        tr_idx = [index[t] for t in tr]
        y = torch.tensor(list(tr.values()), dtype=torch.float32)
        pos = y.sum()
        sw = torch.where(y > 0, len(y) / (2 * pos), len(y) / (2 * (len(y) - pos)))
        held = [t for t in texts if t.author == fold and not t.pii]
        pieces = [cache["pieces"][t.text] for t in held]
        uniq = sorted({q for ps in pieces for q in ps})
        u_idx = [index[q] for q in uniq]
        probs = []
        for seed in range(args.seeds):
            torch.manual_seed(seed)
            model = Branch(encoder, r=args.r, top=args.top)
            lora = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head")]
            opt = torch.optim.AdamW([{"params": lora, "lr": args.lr, "weight_decay": 0.0},
                                     {"params": model.head.parameters(), "lr": 2e-3, "weight_decay": 0.1}])
            g = torch.Generator().manual_seed(seed)
            order_all = sorted(range(len(tr_idx)), key=lambda k: states[tr_idx[k]].shape[0])
            steps = 0
            for epoch in range(args.epochs):
                # length-bucketed shuffled batches
                chunks = [order_all[i:i + 32] for i in range(0, len(order_all), 32)]
                perm = torch.randperm(len(chunks), generator=g).tolist()
                model.train()
                for c in perm:
                    ks = chunks[c]
                    x, keep = batch(states, [tr_idx[k] for k in ks])
                    low = feats[[tr_idx[k] for k in ks]][:, low_dims]
                    low = low + 0.02 * torch.randn(low.shape, generator=g)
                    loss = (F.binary_cross_entropy_with_logits(model(x, keep, low), y[ks], reduction="none")
                            * sw[ks]).mean()
                    opt.zero_grad()
                    loss.backward()
                    opt.step()
                    steps += 1
            model.eval()
            with torch.no_grad():
                pu = []
                for i in range(0, len(u_idx), 64):
                    ch = u_idx[i:i + 64]
                    x, keep = batch(states, ch)
                    pu.append(torch.sigmoid(model(x, keep, feats[ch][:, low_dims])))
                probs.append(torch.cat(pu))
        pq = dict(zip(uniq, torch.stack(probs).mean(0).tolist()))
        p = torch.tensor([max(pq[q] for q in ps) for ps in pieces])
        # example scores as the detector (base layer-6 embeddings)
        ex_texts = list(dict.fromkeys(_normalize(t) for t, _ in splits["examples"]))
        known = set(ex_texts)
        co_texts = [t for t in dict.fromkeys(_normalize(t) for t, _ in splits["counter_examples"]) if t not in known]
        ex = feats[[index[t] for t in ex_texts]][:, :384]
        co = feats[[index[t] for t in co_texts]][:, :384]
        s = []
        for ps in pieces:
            e = feats[[index[q] for q in ps]][:, :384]
            s.append(float(_example_score((e @ ex.T).max(1).values, (e @ co.T).max(1).values).max()))
        s = torch.tensor(s)
        yh = torch.tensor([t.label for t in held])
        strong = torch.tensor([bool(lexical[t.text][0]) for t in held])
        border = torch.tensor([bool(lexical[t.text][1]) for t in held])
        table = train.threshold_table(p, s, yh, strong, border)
        tp, ts = train.pick(table, 0.02, "pooled")
        fired = train.hybrid_fired(p, s, strong, border, tp, ts)
        posm, negm = p[yh == 1], p[yh == 0]
        auc = float((posm[:, None] > negm[None, :]).float().mean()
                    + 0.5 * (posm[:, None] == negm[None, :]).float().mean())
        results[fold] = {"auc": auc, "oracle_recall": float(fired[yh == 1].float().mean()),
                         "oracle_fpr": float(fired[yh == 0].float().mean()), "thresholds": [tp, ts],
                         "seconds": time.time() - t0, "args": vars(args)}
        print(fold, {k: (round(v, 4) if isinstance(v, float) else v) for k, v in results[fold].items() if k != "args"},
              flush=True)
        Path(args.out).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
