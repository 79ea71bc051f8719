"""MLOps: track runs, keep models in a registry, and search for settings that trade fluency for fidelity.

`CausalMLOps` is built on MLflow and Optuna, so what you log opens in MLflow's own UI (`causaltorch mlops ui`)
and a study is an ordinary Optuna study. Everything lives in one embedded store, a SQLite database and an
artifact folder (by default `./causaltorch-runs/`; any MLflow tracking URI works as well). This tutorial:

1. logs parameters and a metric curve, and reads the curve back;
2. stores a CausalTorch text model in the registry as safetensors under the alias `champion`, and loads it
   back bit for bit;
3. runs a two-objective, causal-aware search: the generation-time **rule strength** (how hard the causal
   rules bias the next-token logits) raises the Causal Fidelity Score (CFS: the share of held-in prompts
   "If <cause>," whose continuation states the rule's effect) and, past a point, costs validation loss on
   ordinary text. Optuna keeps the Pareto front of the two;
4. writes the dashboard: one HTML file, plotly embedded, that opens offline.

To stay within seconds this searches one small, untrained model over its rule strength only. The benchmark
(`python benchmarks/mlops.py study`) trains a model per trial and searches its size and learning rate as well.
"""

# %% An embedded store and a first run
import tempfile
from pathlib import Path

import torch

from causaltorch.metrics.text import calculate_cfs, perplexity
from causaltorch.mlops import CausalMLOps, HyperparameterOptimizer
from causaltorch.models import cnsg
from causaltorch.text.corpus import knowledge_base, load_corpus
from causaltorch.text.demo import heldin_cases
from causaltorch.tokenizers import CausalTokenizer

torch.manual_seed(0)
root = Path(tempfile.mkdtemp())
mlops = CausalMLOps("tutorial", "first-steps", root=root, run_name="training")
print("tracking URI:", mlops.tracking_uri)
mlops.log_params({"learning_rate": 3e-3, "d_model": 32})
for step in range(5):
    mlops.log_metrics({"train_loss": 3.0 * 0.8**step}, step=step)
curve = mlops.metric_history("train_loss")
print("train_loss as stored:", [(step, round(value, 3)) for step, value in curve])
assert [step for step, _ in curve] == [0, 1, 2, 3, 4] and curve[-1][1] < curve[0][1]

# %% A model in the registry
# The model is stored as `model.safetensors` + `config.json` (never a pickle), with its causal rules; the alias
# `champion` names the version to serve, and `load_model` rebuilds the same class from those files.
tokenizer = CausalTokenizer.from_pretrained("causal-basic")
rules = knowledge_base()
model = cnsg(tokenizer.vocab_size, d_model=32, n_heads=2, n_layers=1, max_seq_length=48, causal_rules=rules,
             eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id).eval()
model.tokenizer = tokenizer
print(f"{sum(p.numel() for p in model.parameters()):,} parameters, {len(rules)} rules")
mlops.model_registry.save_model(model, "cnsg-tiny", version="0.1.0", alias="champion")
loaded = mlops.model_registry.load_model("cnsg-tiny", alias="champion").eval()
prompt = torch.tensor([tokenizer.encode("If it rains,")])
with torch.no_grad():
    assert torch.equal(model(prompt).logits, loaded(prompt).logits)
print("loaded champion: outputs identical to the saved model")

# %% A causal-aware search over the rule strength
# Two objectives: validation loss measured *with* the guidance (the fluency price a user pays) goes down,
# CFS generated with the same guidance goes up. Each trial is an MLflow child run of this run, and the study
# lives in `optuna.db` beside the tracking database, where other processes can join it.
valid = load_corpus("valid")[:8]
cases = heldin_cases(rules, 8)


def guided_scores(params):
    strength = params["rule_strength"]
    loss = torch.tensor(perplexity(model, valid, tokenizer, rules=rules, rule_strength=strength)).log().item()
    cfs = calculate_cfs(model, cases, tokenizer, rules=rules, rule_strength=strength, max_new_tokens=6)
    return {"val_loss": loss, "cfs": cfs}


search = HyperparameterOptimizer(mlops, seed=0)
study = search.optimize({"rule_strength": {"type": "loguniform", "low": 0.05, "high": 64}}, guided_scores,
                        n_trials=8, directions={"val_loss": "minimize", "cfs": "maximize"})
trials = sorted(study.trials, key=lambda t: t.params["rule_strength"])
for t in trials:
    print(f"rule_strength {t.params['rule_strength']:6.2f}: val_loss {t.values[0]:.3f}  CFS {t.values[1]:.3f}")
front = sorted(study.best_trials, key=lambda t: t.values[0])
print("Pareto front:", [(round(t.params["rule_strength"], 2), round(t.values[0], 3), t.values[1]) for t in front])
assert len(trials) == 8 and all(t.values is not None for t in trials)
weakest, strongest = trials[0], trials[-1]
assert strongest.values[1] > weakest.values[1]  # stronger guidance states more of the rules' effects ...
assert strongest.values[0] > min(t.values[0] for t in trials)  # ... and too strong a bias costs fluency
# On this untrained model a little guidance lowers the loss too (its logits carry no knowledge yet), so the
# front is short. A trained model knows the effects itself and pays in loss sooner: the benchmark's front
# (docs/benchmarks.md, "MLOps") trades 0.14 nats per token for CFS 0.75 -> 0.94.

# %% The dashboard
# Runs table, metric curves, the study's Pareto front, the model's causal graph: one file that opens offline.
page = mlops.generate_dashboard(root / "dashboard.html")
html = page.read_text(encoding="utf-8")
print(f"dashboard: {page} ({len(html) / 1e6:.1f} MB)")
assert "Plotly.newPlot" in html and '<script src="http' not in html  # plotly.js is inside the file
