"""CausalHyperNetwork: a causal graph in, the parameters of a task-specific network out.

The graph (an adjacency tensor ``[n, n]`` with ``[i, j]`` = strength of i → j, a batch ``[B, n, n]``, or a
`CausalRuleSet`) is padded to ``max_variables × max_variables``, flattened and encoded by an MLP; one
linear generator per target layer turns the code into that layer's weight and bias. The generated network
is a `DynamicNetwork`: a functional module that holds the generated tensors, so a loss on its outputs
back-propagates into the hypernetwork.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet

__all__ = ["CausalHyperNetwork", "DynamicNetwork"]

_ACTIVATIONS = {"relu": F.relu, "gelu": F.gelu, "tanh": torch.tanh, "silu": F.silu}


class DynamicNetwork(nn.Module):
    """An MLP whose weights are given, not owned: ``params = {"weight_0": [out, in], "bias_0": [out], …}``.

    With a leading batch dimension on every tensor (``[B, out, in]``), input ``[B, N, in]`` runs ``B``
    networks at once. The tensors stay attached to whatever produced them (a hypernetwork), so gradients
    of the output reach it. Hidden layers use ``activation``; the last layer is linear.
    """

    def __init__(self, params: dict[str, Tensor], num_layers: int, activation: str = "relu"):
        super().__init__()
        _validate.positive_int("num_layers", num_layers)
        if activation not in _ACTIVATIONS:
            raise DataError(f"activation must be one of {sorted(_ACTIVATIONS)}, got {activation!r}.")
        missing = [f"{kind}_{i}" for i in range(num_layers) for kind in ("weight", "bias")
                   if f"{kind}_{i}" not in params]
        if missing:
            raise DataError(f"params lacks {', '.join(missing)} for a {num_layers}-layer network.")
        self.params = dict(params)
        self.num_layers, self.activation = num_layers, activation

    @property
    def in_features(self) -> int:
        return self.params["weight_0"].shape[-1]

    def forward(self, x: Tensor) -> Tensor:
        """``x [N, in]`` (or ``[B, N, in]`` for batched parameters) -> ``[N, out]`` (``[B, N, out]``)."""
        if x.shape[-1] != self.in_features:
            raise DataError(f"This generated network takes {self.in_features} input features, got {x.shape[-1]}.")
        act = _ACTIVATIONS[self.activation]
        for i in range(self.num_layers):
            weight, bias = self.params[f"weight_{i}"], self.params[f"bias_{i}"]
            x = x @ weight.transpose(-1, -2) + bias.unsqueeze(-2)  # (…, N, in) -> (…, N, out)
            if i < self.num_layers - 1:
                x = act(x)
        return x

    def extra_repr(self) -> str:
        shapes = ", ".join(f"{tuple(self.params[f'weight_{i}'].shape)}" for i in range(self.num_layers))
        return f"layers={shapes}, activation={self.activation}"


class CausalHyperNetwork(nn.Module):
    """Generates a network's parameters from a causal graph.

    Args:
        input_dim: size of the graph code: the adjacency is padded to ``max_variables = isqrt(input_dim)``
            variables and flattened (``input_dim=100``: graphs of up to 10 variables).
        output_dim: outputs of the generated network.
        hidden_dim: width of the generated network's hidden layers.
        meta_hidden_dim: width of the graph encoder.
        num_layers: linear layers in the generated network (≥ 1).
        target_input_dim: inputs of the generated network; default ``max_variables`` (one per variable).
        activation: hidden activation of the generated network.

    ``hypernet(graph)`` returns the parameter dict (``weight_i`` ``[out, in]``, ``bias_i`` ``[out]``; with a
    leading batch dimension for a batch of graphs); ``hypernet(graph, x)`` runs the generated network on
    ``x``; ``generate_architecture(graph)`` returns it as a `DynamicNetwork`. Deterministic per graph.
    """

    needs_context = True  # MAML passes a task's graph before its inputs

    def __init__(self, input_dim: int, output_dim: int, hidden_dim: int = 64, meta_hidden_dim: int = 128,
                 num_layers: int = 2, target_input_dim: int | None = None, activation: str = "relu"):
        super().__init__()
        for name, value in (("input_dim", input_dim), ("output_dim", output_dim), ("hidden_dim", hidden_dim),
                            ("meta_hidden_dim", meta_hidden_dim), ("num_layers", num_layers)):
            _validate.positive_int(name, value)
        if activation not in _ACTIVATIONS:
            raise DataError(f"activation must be one of {sorted(_ACTIVATIONS)}, got {activation!r}.")
        self.input_dim, self.output_dim, self.hidden_dim = input_dim, output_dim, hidden_dim
        self.max_variables = math.isqrt(input_dim)
        self.target_input_dim = self.max_variables if target_input_dim is None else target_input_dim
        _validate.positive_int("target_input_dim", self.target_input_dim)
        self.num_layers, self.activation = num_layers, activation
        self.graph_encoder = nn.Sequential(
            nn.Linear(input_dim, meta_hidden_dim), nn.ReLU(), nn.Linear(meta_hidden_dim, meta_hidden_dim), nn.ReLU()
        )
        sizes = [self.target_input_dim] + [hidden_dim] * (num_layers - 1) + [output_dim]
        self.layer_shapes = list(zip(sizes[1:], sizes[:-1]))  # (out, in) per generated layer
        self.weight_generators = nn.ModuleList(nn.Linear(meta_hidden_dim, o * i) for o, i in self.layer_shapes)
        self.bias_generators = nn.ModuleList(nn.Linear(meta_hidden_dim, o) for o, _ in self.layer_shapes)
        with torch.no_grad():  # generated layers start near a standard init; the graph moves them from there
            for (out_f, in_f), w_gen, b_gen in zip(self.layer_shapes, self.weight_generators, self.bias_generators):
                bound = 1.0 / math.sqrt(in_f)
                w_gen.weight.mul_(0.1 * bound * math.sqrt(meta_hidden_dim))
                w_gen.bias.uniform_(-bound, bound)
                b_gen.weight.mul_(0.1 * bound * math.sqrt(meta_hidden_dim))
                b_gen.bias.uniform_(-bound, bound)

    def encode_graph(self, causal_graph: Tensor | CausalRuleSet) -> tuple[Tensor, bool]:
        """``([B, input_dim] graph codes, batched)``; the adjacency padded to ``max_variables``."""
        if isinstance(causal_graph, CausalRuleSet):
            causal_graph = causal_graph.to_adjacency_matrix()
        if not isinstance(causal_graph, Tensor):
            raise DataError(
                f"causal_graph must be an adjacency tensor [n, n] / [B, n, n], a flat code [B, {self.input_dim}] "
                f"or a CausalRuleSet, got {type(causal_graph).__name__}."
            )
        device, dtype = self.graph_encoder[0].weight.device, self.graph_encoder[0].weight.dtype
        graph = causal_graph.to(device=device, dtype=dtype)
        batched = graph.dim() == 3 or (graph.dim() == 2 and graph.shape[-1] == self.input_dim
                                       and graph.shape[0] != graph.shape[1])
        if graph.dim() == 1 or (graph.dim() == 2 and batched):  # already a flat code
            code = graph.reshape(-1, graph.shape[-1])
            if code.shape[-1] != self.input_dim:
                raise DataError(f"A flat graph code must have {self.input_dim} entries, got {code.shape[-1]}.")
            return code, graph.dim() == 2 and code.shape[0] > 1
        if graph.dim() == 2:
            graph = graph.unsqueeze(0)
        if graph.dim() != 3 or graph.shape[-1] != graph.shape[-2]:
            raise DataError(
                f"An adjacency matrix must be square, [n, n] or [B, n, n]; got {tuple(causal_graph.shape)}."
            )
        n = graph.shape[-1]
        if n > self.max_variables:
            raise DataError(
                f"The graph has {n} variables but this hypernetwork takes at most {self.max_variables} "
                f"(input_dim={self.input_dim} = {self.max_variables}²); build it with input_dim >= {n * n}."
            )
        padded = F.pad(graph, (0, self.max_variables - n, 0, self.max_variables - n)).flatten(1)
        code = F.pad(padded, (0, self.input_dim - padded.shape[1]))
        return code, code.shape[0] > 1

    def forward(self, causal_graph: Tensor | CausalRuleSet, x: Tensor | None = None) -> dict[str, Tensor] | Tensor:
        """The generated parameters for ``causal_graph``, or the generated network's output on ``x``."""
        code, batched = self.encode_graph(causal_graph)
        encoded = self.graph_encoder(code)  # (B, meta_hidden)
        params: dict[str, Tensor] = {}
        for i, ((out_f, in_f), w_gen, b_gen) in enumerate(zip(self.layer_shapes, self.weight_generators,
                                                               self.bias_generators)):
            weight = w_gen(encoded).view(-1, out_f, in_f)
            bias = b_gen(encoded)
            params[f"weight_{i}"] = weight if batched else weight[0]
            params[f"bias_{i}"] = bias if batched else bias[0]
        if x is None:
            return params
        return DynamicNetwork(params, self.num_layers, self.activation)(x)

    def generate_architecture(self, causal_graph: Tensor | CausalRuleSet) -> DynamicNetwork:
        """A `DynamicNetwork` with the parameters generated for ``causal_graph`` (differentiable into ``self``)."""
        return DynamicNetwork(self.forward(causal_graph), self.num_layers, self.activation)
