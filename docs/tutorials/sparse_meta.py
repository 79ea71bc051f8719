"""Sparse activation and meta-learning: compute less per input, adapt from a few examples.

**Sparse.** `SparseFFN` replaces a transformer's MLP: a small router picks a few blocks of hidden units
per token and only those blocks are multiplied, so with `sparsity=0.9` each token touches at most 10%
of the layer's weights (router included) and the layer reports exactly what it touched in
`last_stats`. With every block selected it computes the dense MLP with the same weights.
`LotteryTicketRouter` switches off whole neurons per *task* (from a task embedding), and
`compact()` cuts them out of a copy of the model, which is then physically smaller and computes the
same function. `CausalTransformer(..., sparsity=0.9)` builds a text model with `SparseFFN` MLPs.

**Meta-learning.** `CausalHyperNetwork` generates the weights of a small network from a causal graph,
so a new graph gets a network without training. `MAML` meta-learns an initialisation from which a few
gradient steps on a handful of examples fit a new task.

Whether sparsity saves *time* depends on the hardware and sizes: see the benchmarks page.
"""

# %% A sparse feed-forward layer
import torch
import torch.nn.functional as F
from torch import nn

from causaltorch import MAML, CausalHyperNetwork, CausalRuleSet, LotteryTicketRouter, SparseFFN

torch.manual_seed(0)
tokens = torch.randn(4, 32, 64)  # [batch, sequence, hidden]
ffn = SparseFFN(hidden_dim=64, intermediate_dim=256, sparsity=0.9)
out = ffn(tokens)
stats = ffn.last_stats
print(f"{ffn.num_blocks} blocks, top {ffn.top_k} per token; weights touched per token: {stats.touched_fraction:.1%}")
assert out.shape == tokens.shape
assert stats.touched_fraction <= 0.10 + 1e-9
assert ffn.aux_loss is not None  # the router's load-balancing loss, to add to the training loss

# With every block selected, the layer is the dense MLP with the same weights.
full = SparseFFN(hidden_dim=64, intermediate_dim=256, sparsity=0.0, num_blocks=8, top_k=8)
dense = full.c_proj(F.gelu(full.c_fc(tokens), approximate="tanh"))
assert torch.allclose(full(tokens), dense, atol=1e-5)

# %% Per-task masks, then a smaller model
# The router's masks act only inside `router(...)`; `compact()` removes the switched-off units.
mlp = nn.Sequential(nn.Linear(16, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(), nn.Linear(128, 4))
router = LotteryTicketRouter(mlp, sparsity=0.75, task_embedding_dim=8)
task = torch.randn(8)
print("sparsity per layer:", router.update_masks(task))
x = torch.randn(10, 16)
masked = router(x, task_embedding=task)
small = router.compact(task)
count = sum(p.numel() for p in mlp.parameters())
small_count = sum(p.numel() for p in small.parameters())
print(f"parameters: {count} dense -> {small_count} compact")
assert torch.allclose(small(x), masked, atol=1e-5)  # the same function ...
assert small_count < 0.3 * count  # ... with a quarter of the hidden units
assert not torch.allclose(mlp(x), masked)  # the base model itself still runs dense

# %% Networks generated from a causal graph
chain = CausalRuleSet()
chain.add_rule("a", "b", 0.8)
chain.add_rule("b", "c", 0.5)
fork = CausalRuleSet()
fork.add_rule("a", "b", 0.8)
fork.add_rule("a", "c", 0.5)
hypernet = CausalHyperNetwork(input_dim=9, output_dim=1, hidden_dim=16)  # graphs of up to 3 variables
net_chain, net_fork = hypernet.generate_architecture(chain), hypernet.generate_architecture(fork)
inputs = torch.randn(5, 3)
assert torch.equal(net_chain(inputs), hypernet.generate_architecture(chain)(inputs))  # deterministic per graph
assert not torch.allclose(net_chain(inputs), net_fork(inputs))  # another graph, another network

# %% MAML: fit a new task from 5 examples
# Tasks are lines y = w * x + b with random w, b. After meta-training, 3 gradient steps on 5 points
# fit a new line clearly better than the same steps from a fresh initialisation.
def line_task(generator: torch.Generator) -> tuple[torch.Tensor, ...]:
    w, b = torch.randn(2, generator=generator) * 2
    x = torch.rand(25, 1, generator=generator) * 4 - 2
    y = w * x + b
    return x[:5], y[:5], x[5:], y[5:]


def query_loss_after_adapting(maml: MAML, task: tuple[torch.Tensor, ...]) -> float:
    support_x, support_y, query_x, query_y = task
    adapted = maml.adapt(support_x, support_y, num_steps=3)
    return F.mse_loss(adapted(query_x), query_y).item()


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1, 32), nn.Tanh(), nn.Linear(32, 1))
maml = MAML(model, inner_lr=0.05, meta_lr=0.01, num_inner_steps=3)
fresh = MAML(nn.Sequential(nn.Linear(1, 32), nn.Tanh(), nn.Linear(32, 1)), inner_lr=0.05, num_inner_steps=3)
tasks = torch.Generator().manual_seed(1)
for step in range(150):
    maml.meta_train([line_task(tasks) for _ in range(4)])
held_out = torch.Generator().manual_seed(99)
new_tasks = [line_task(held_out) for _ in range(20)]
meta = sum(query_loss_after_adapting(maml, t) for t in new_tasks) / 20
base = sum(query_loss_after_adapting(fresh, t) for t in new_tasks) / 20
print(f"query MSE after 3 steps on 5 points: meta-learned {meta:.3f}, fresh {base:.3f}")
assert meta < 0.75 * base
