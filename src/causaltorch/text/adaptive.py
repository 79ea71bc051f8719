"""Text models that adapt to a task: from its description (`SelfEvolvingTextGenerator`) or a few examples
(`FewShotCausalTransformer`).

`SelfEvolvingTextGenerator` reads a task description with the rule miner
(`causaltorch.discovery.text.CausalTextMiner`), turns the mined graph into a low-rank adapter for the base
model with a `CausalHyperNetwork` (``d_model → rank → d_model``, added to the residual stream after the last
block: a `DynamicCausalTransformer`), and generates with the adapter and the rules. The hypernetwork reads
the graph's shape (the padded adjacency) *and* which variables it connects (`VariableEncoder`: the base
model's own embeddings of each variable's surface forms, pooled per variable and combined per edge), so two
graphs of the same shape over different variables get different adapters. It learns which adapter helps which graph with
`train_hypernetwork` (the base model stays frozen there). `fit_adapter` fits an adapter of the same size
directly on a task's examples instead, LoRA-style.

Measured on the bundled corpus's 13 held-out cause→effect pairs (``benchmarks/meta.py --only text``, see
docs/benchmarks.md), with a hypernetwork trained on the 97 other pairs: it transfers, but only partly. From
a one-sentence description its adapter lowers the perplexity of held-out statements from 14.1 to 10.7
(better on 12 of 13 pairs) and lifts CFS without rules from 0.05 to 0.31, and another pair's adapter makes
them worse (17.0), so the gain is specific to the task. An adapter of the same size fitted directly on 5
examples of the task (`fit_adapter`) is far better (perplexity 6.1, CFS 1.0); given examples, fit them.

`FewShotCausalTransformer` fine-tunes a copy of the base model for a few steps on ``(prompt, completion)``
pairs and guides generation with the rules the pairs state.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import math
import random
import re
from collections.abc import Iterator, Sequence
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.discovery.text import CausalTextMiner
from causaltorch.errors import CausalGraphError, DataError
from causaltorch.meta.hypernetwork import CausalHyperNetwork, DynamicNetwork
from causaltorch.rules import CausalRule, CausalRuleSet, as_ruleset
from causaltorch.text.default_tokenizer import resolve_tokenizer
from causaltorch.text.model import CausalTransformer

__all__ = ["DynamicCausalTransformer", "FewShotCausalTransformer", "SelfEvolvingTextGenerator", "VariableEncoder"]

log = logging.getLogger(__name__)

_SUBORDINATOR = re.compile(r"^\s*(?:if|when|whenever|once|as soon as|after)\s+", re.I)
_LEADING = {"the", "a", "an", "you", "it", "they", "we"}


def _base_model(vocab_size: int | nn.Module | None, base_model: nn.Module | None, tokenizer: Any,
                hidden_dim: int = 128) -> tuple[nn.Module, Any]:
    """The model to adapt and its tokenizer: a given model, or a fresh small `CausalTransformer` ``hidden_dim`` wide.

    The tokenizer: the one given, else the model's own, else the model's fallback (the bundled
    ``causal-basic`` one when the vocabulary holds its ids; `causaltorch.text.default_tokenizer`), else None.
    """
    if isinstance(vocab_size, nn.Module):
        if base_model is not None:
            raise DataError("Pass the base model once (positionally or as base_model=), not both.")
        base_model, vocab_size = vocab_size, None
    if base_model is not None:
        if not isinstance(base_model, CausalTransformer):
            raise DataError(f"base_model must be a causaltorch CausalTransformer, got {type(base_model).__name__}.")
        if vocab_size is not None and vocab_size != base_model.config.vocab_size:
            raise DataError(
                f"vocab_size={vocab_size!r} but the base model has {base_model.config.vocab_size} tokens; the base "
                "model's vocabulary is the one used, so leave vocab_size out (or pass the model's)."
            )
        return base_model, resolve_tokenizer(base_model, tokenizer, required=False)
    vocab_size = _validate.positive_int("vocab_size", vocab_size, what="a positive integer when no base_model is given")
    log.info("No base_model given: a fresh, untrained CausalTransformer(vocab_size=%d); pass a trained one for "
             "useful text.", vocab_size)
    model = CausalTransformer(vocab_size, hidden_dim=hidden_dim, num_layers=2, num_heads=math.gcd(4, hidden_dim),
                              max_seq_length=256)
    model.tokenizer = resolve_tokenizer(model, tokenizer, required=False)
    return model, model.tokenizer


def _merged(*rulesets: CausalRuleSet | None) -> CausalRuleSet:
    merged = CausalRuleSet(name="task rules")
    for rules in rulesets:
        for rule in rules or ():
            if (rule.cause, rule.effect) in merged:
                continue
            try:
                merged.add_rule(rule)
            except CausalGraphError as exc:
                log.warning("Task rules: left out %s -> %s: %s", rule.cause, rule.effect, exc)
    return merged


def _lm_loss(model: nn.Module, tokenizer: Any, texts: Sequence[str], max_length: int) -> Tensor:
    """Mean next-token cross-entropy of ``texts`` (each scored after the beginning-of-text token)."""
    start = getattr(tokenizer, "bos_token_id", None)
    start = start if start is not None else tokenizer.eos_token_id
    rows = [[start, *tokenizer.encode(text)][:max_length] for text in texts]
    width = max(len(row) for row in rows)
    ids = torch.zeros(len(rows), width, dtype=torch.long)
    labels = torch.full((len(rows), width), -100, dtype=torch.long)
    for i, row in enumerate(rows):
        ids[i, :len(row)] = torch.tensor(row)
        labels[i, :len(row)] = torch.tensor(row)
    ids, labels = ids.to(model.device), labels.to(model.device)
    logits = model(ids).logits
    return F.cross_entropy(logits[:, :-1].flatten(0, 1).float(), labels[:, 1:].flatten(), ignore_index=-100)


@contextlib.contextmanager
def _frozen(module: nn.Module) -> Iterator[None]:
    """``module``'s trainable parameters take no gradient inside the block (and do again after it)."""
    trainable = [p for p in module.parameters() if p.requires_grad]
    for p in trainable:
        p.requires_grad_(False)
    try:
        yield
    finally:
        for p in trainable:
            p.requires_grad_(True)


def _stacked(params: Sequence[dict[str, Tensor]]) -> dict[str, Tensor]:
    """One batched parameter dict (``[B, out, in]``) from ``B`` single ones: a batch of generated networks."""
    return {key: torch.stack([p[key] for p in params]) for key in params[0]}


class VariableEncoder(nn.Module):
    """The part of a task's code that says which variables the graph connects, and in which direction.

    Each edge i → j of strength ``s`` contributes ``s · tanh(W_cause h_i + W_effect h_j + b)``, where ``h`` is
    a variable's vector; the contributions are summed. The sum is added to the padded adjacency the
    hypernetwork reads, so the graph's shape still counts, but two graphs of one shape over different
    variables (or one edge reversed) no longer share a code.

    Args:
        variable_dim: size of a variable's vector (the base model's ``d_model``).
        code_dim: size of the hypernetwork's input (its ``input_dim``).
    """

    def __init__(self, variable_dim: int, code_dim: int):
        super().__init__()
        self.cause = nn.Linear(variable_dim, code_dim)
        self.effect = nn.Linear(variable_dim, code_dim, bias=False)

    def forward(self, adjacency: Tensor, variables: Tensor) -> Tensor:
        """``adjacency [n, n]`` (``[i, j]``: strength of i → j), ``variables [n, variable_dim]`` -> ``[code_dim]``."""
        edges = torch.tanh(self.cause(variables)[:, None, :] + self.effect(variables)[None, :, :])  # (n, n, code)
        return (adjacency[..., None] * edges).sum(dim=(0, 1))


def _layer_count(params: dict[str, Tensor]) -> int:
    """How many generated layers ``params`` holds (``weight_0`` … ``weight_{n-1}``)."""
    count = 0
    while f"weight_{count}" in params:
        count += 1
    return count


class DynamicCausalTransformer(nn.Module):
    """A `CausalTransformer` whose residual stream passes through a generated adapter: the network
    `SelfEvolvingTextGenerator.adapt_to_task` builds (the spec's name for it).

    After the base model's last block, every position's hidden state becomes ``h + adapter(P h)`` —
    ``adapter`` a `DynamicNetwork` holding given (e.g. `CausalHyperNetwork`-generated) parameters, ``P`` a
    trainable ``d_model → adapter input`` projection that exists only when the adapter does not read
    ``d_model`` features itself (a hypernetwork built with ``target_input_dim != output_dim``). The base model
    used on its own is unchanged: the adapter acts only on calls made through this module.

    Args:
        vocab_size: the vocabulary of a fresh, untrained base model ``d_model`` wide, ``d_model`` being the
            adapter's output width (or the base model itself).
        params: the adapter, ``{"weight_0": [out, in], "bias_0": [out], …}`` (a hypernetwork's output) or a
            `DynamicNetwork`; the last layer's ``out`` must be ``d_model``. None: no adapter yet.
        base_model: the `CausalTransformer` to run (instead of ``vocab_size``).
        tokenizer: its tokenizer (default: the model's, else the bundled one when the vocabulary fits).
        adapter_input_dim: the features the adapter reads (default: ``params``' first layer's, else ``d_model``).
        activation: the adapter's hidden activation (``"relu"``, ``"gelu"``, ``"tanh"``, ``"silu"``).

    ``update_parameters(params)`` swaps in another adapter of the same input and output widths.
    """

    def __init__(self, vocab_size: int | nn.Module | None = None,
                 params: dict[str, Tensor] | DynamicNetwork | None = None, *, base_model: nn.Module | None = None,
                 tokenizer: Any = None, adapter_input_dim: int | None = None, activation: str = "gelu"):
        super().__init__()
        adapter = self._as_network(params, activation) if params is not None else None
        hidden_dim = adapter.params[f"weight_{adapter.num_layers - 1}"].shape[-2] if adapter is not None else 128
        self.base_model, self.tokenizer = _base_model(vocab_size, base_model, tokenizer, hidden_dim=hidden_dim)
        width = self.base_model.config.d_model
        if adapter_input_dim is None:
            adapter_input_dim = adapter.in_features if adapter is not None else width
        self.adapter_input_dim = _validate.positive_int("adapter_input_dim", adapter_input_dim)
        self.activation = activation
        if adapter is not None:
            self._check_widths(adapter)  # before the hook goes onto the base model
        self.input_projection = (nn.Linear(width, self.adapter_input_dim, bias=False).to(self.base_model.device)
                                 if self.adapter_input_dim != width else None)
        self.adapter = adapter
        self._active = False
        self.base_model.transformer.h[-1].register_forward_hook(self._apply_adapter)

    @staticmethod
    def _as_network(params: dict[str, Tensor] | DynamicNetwork, activation: str) -> DynamicNetwork:
        if isinstance(params, DynamicNetwork):
            return params
        if not isinstance(params, dict) or _layer_count(params) == 0:
            raise DataError("params must be a DynamicNetwork or a dict of generated tensors {'weight_0': [out, in], "
                            f"'bias_0': [out], ...}} (a CausalHyperNetwork's output), got {type(params).__name__}.")
        return DynamicNetwork(params, _layer_count(params), activation)

    @property
    def config(self) -> Any:
        """The base model's config (sizes, ``max_seq_length``)."""
        return self.base_model.config

    @property
    def vocab_size(self) -> int:
        return self.base_model.config.vocab_size

    @property
    def device(self) -> torch.device:
        return self.base_model.device

    def update_parameters(self, params: dict[str, Tensor] | DynamicNetwork) -> DynamicCausalTransformer:
        """Use the adapter ``params`` from now on (``[B, out, in]`` tensors: one adapter per batch row); returns
        self."""
        adapter = self._as_network(params, self.activation)
        self._check_widths(adapter)
        self.adapter = adapter
        return self

    def _check_widths(self, adapter: DynamicNetwork) -> None:
        out_features = adapter.params[f"weight_{adapter.num_layers - 1}"].shape[-2]
        if (adapter.in_features, out_features) != (self.adapter_input_dim, self.config.d_model):
            raise DataError(
                f"This model's adapter reads {self.adapter_input_dim} features and writes d_model = "
                f"{self.config.d_model}; the given one maps {adapter.in_features} -> {out_features}."
            )

    def _apply_adapter(self, module: nn.Module, inputs: Any, output: tuple[Tensor, Any]) -> tuple[Tensor, Any]:
        if self.adapter is None or not self._active:  # the base model used on its own stays itself
            return output
        hidden, weights = output
        read = hidden if self.input_projection is None else self.input_projection(hidden)  # (B, T, C) -> (B, T, in)
        return hidden + self.adapter(read), weights  # (B, T, C) + (B, T, C)

    @contextlib.contextmanager
    def adapting(self) -> Iterator[None]:
        """Inside the block, calls of the base model itself go through the adapter too."""
        previous, self._active = self._active, True
        try:
            yield
        finally:
            self._active = previous

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        """The base model's forward (``input_ids [B, T]`` -> `CausalLMOutput`) with the adapter."""
        with self.adapting():
            return self.base_model(*args, **kwargs)

    def generate(self, prompt: Any, **kwargs: Any) -> Any:
        """`CausalTransformer.generate` with the adapter (``tokenizer`` defaults to this module's)."""
        kwargs.setdefault("tokenizer", self.tokenizer)
        with self.adapting():
            return self.base_model.generate(prompt, **kwargs)


class SelfEvolvingTextGenerator(nn.Module):
    """A text model that re-shapes itself for a task from the task's causal graph.

    Args:
        vocab_size: a vocabulary size (a fresh small `CausalTransformer` is built — 2 layers, ``d_model`` the
            hypernetwork's ``output_dim``, else 128 — with the bundled tokenizer when it fits) or the base model.
        hypernetwork: a `CausalHyperNetwork` whose ``output_dim`` is the base model's ``d_model`` (the spec's
            ``CausalHyperNetwork(100, 768, 128, 64)``: graphs of up to 10 variables, a 10 → 128 → 768
            adapter). An adapter that does not read ``d_model`` features (``target_input_dim != d_model``)
            reads the hidden state through a trainable projection (`DynamicCausalTransformer`), trained with
            the hypernetwork by `train_hypernetwork`. Default: for graphs of up to 10 variables
            (``input_dim=100``), generating ``d_model → adapter_rank → d_model`` adapters that start at zero.
        base_model: the `CausalTransformer` to adapt (instead of ``vocab_size``).
        tokenizer: the base model's tokenizer (default: ``base_model.tokenizer``, else the bundled
            ``causal-basic`` one when the vocabulary holds its ids).
        adapter_rank: width of the generated adapter's bottleneck.

    ``dynamic`` is the `DynamicCausalTransformer` (the base model, the adapter slot and, when needed, the
    projection the adapter reads through); `causal_transformer` is the same module once a task is set.

    ``adapt_to_task(task_description=None, causal_graph=None)`` sets the task; ``generate`` and ``forward``
    then run the base model with the task's adapter (`causal_transformer`, a `DynamicCausalTransformer`),
    and ``generate`` also with the task's rules. The base model's own weights never change.

    The hypernetwork's input is the task's padded adjacency plus `VariableEncoder`'s code of the variables
    it connects; a variable is read as the base model's token embeddings of its surface forms (``" " + form``,
    mean over tokens, then over forms, scaled to unit RMS). A graph given as a bare adjacency tensor has no
    variable names, so only its shape counts.

    Measured (docs/benchmarks.md, 13 held-out pairs): a trained hypernetwork's adapter helps on unseen
    tasks (perplexity 14.1 → 10.7, CFS 0.05 → 0.31 without rules) but is far behind the same-size adapter
    fitted on 5 examples with `fit_adapter` (6.1, 1.0).
    """

    def __init__(self, vocab_size: int | nn.Module | None = None, hypernetwork: CausalHyperNetwork | None = None, *,
                 base_model: nn.Module | None = None, tokenizer: Any = None, adapter_rank: int = 8):
        super().__init__()
        if hypernetwork is not None and not isinstance(hypernetwork, CausalHyperNetwork):
            raise DataError(f"hypernetwork must be a CausalHyperNetwork, got {type(hypernetwork).__name__}.")
        fresh_width = hypernetwork.output_dim if hypernetwork is not None else 128
        model, tokenizer = _base_model(vocab_size, base_model, tokenizer, hidden_dim=fresh_width)
        width = model.config.d_model
        if hypernetwork is None:
            hypernetwork = CausalHyperNetwork(input_dim=100, output_dim=width, hidden_dim=adapter_rank,
                                              meta_hidden_dim=64, num_layers=2, target_input_dim=width,
                                              activation="gelu")
            with torch.no_grad():  # the adapter starts as exactly nothing (zero output), LoRA-style
                hypernetwork.weight_generators[-1].weight.zero_()
                hypernetwork.weight_generators[-1].bias.zero_()
                hypernetwork.bias_generators[-1].weight.zero_()
                hypernetwork.bias_generators[-1].bias.zero_()
        elif hypernetwork.output_dim != width:
            raise DataError(
                f"hypernetwork.output_dim is {hypernetwork.output_dim} but the base model's d_model is {width}: the "
                "generated adapter writes into the model's hidden states, so build it with output_dim = d_model."
            )
        self.hypernetwork = hypernetwork.to(model.device)
        self.dynamic = DynamicCausalTransformer(base_model=model, tokenizer=tokenizer,
                                                adapter_input_dim=hypernetwork.target_input_dim,
                                                activation=hypernetwork.activation)
        self.variable_encoder = VariableEncoder(width, hypernetwork.input_dim).to(model.device)
        self.task_graph: Tensor | None = None
        self.task_rules: CausalRuleSet | None = None
        self.current_task_embedding: Tensor | None = None

    @property
    def base_model(self) -> nn.Module:
        """The `CausalTransformer` being adapted (its weights are never changed here)."""
        return self.dynamic.base_model

    @property
    def tokenizer(self) -> Any:
        return self.dynamic.tokenizer

    @tokenizer.setter
    def tokenizer(self, tokenizer: Any) -> None:
        self.dynamic.tokenizer = tokenizer

    @property
    def vocab_size(self) -> int:
        return self.base_model.config.vocab_size

    @property
    def config(self) -> Any:
        """The base model's config (sizes, ``max_seq_length``): metrics treat the generator as that model."""
        return self.base_model.config

    @property
    def causal_transformer(self) -> DynamicCausalTransformer | None:
        """The adapted model, a `DynamicCausalTransformer` (None before `adapt_to_task`), as the spec names it."""
        return self.dynamic if self.dynamic.adapter is not None else None

    @property
    def adapter_parameter_count(self) -> int:
        """Numbers in one adapter (generated or fitted): ``Σ out·in + out`` over its layers."""
        return sum(out_f * in_f + out_f for out_f, in_f in self.hypernetwork.layer_shapes)

    def extract_causal_graph(self, task_description: str) -> CausalRuleSet:
        """The rules a task description states ("... where temperature causes cloud formation"), mined by
        `CausalTextMiner`; empty (with a warning) when it states none."""
        if not isinstance(task_description, str):
            raise DataError(f"task_description must be a string, got {type(task_description).__name__}.")
        rules = CausalTextMiner().mine(task_description)
        if not rules.variables:
            log.warning("No causal statement found in the task description %r; the adapter comes from an "
                        "empty graph.", task_description)
        return rules

    def task_graph_from(self, task_description: str | None, causal_graph: Any) -> tuple[Tensor, CausalRuleSet | None]:
        """``(adjacency, rules)`` of a task: mined from the description and/or given as a graph."""
        rules = self.extract_causal_graph(task_description) if task_description is not None else None
        if isinstance(causal_graph, Tensor):
            adjacency = causal_graph
        else:
            if causal_graph is not None:
                rules = _merged(rules, as_ruleset(causal_graph))
            adjacency = rules.to_adjacency_matrix() if rules is not None and rules.variables else torch.zeros(1, 1)
        self.hypernetwork.encode_graph(adjacency)  # size checks before any state changes
        return adjacency, rules

    def variable_vectors(self, rules: CausalRuleSet) -> Tensor:
        """``[n, d_model]``: each of ``rules.variables`` as the base model's embedding of its surface forms.

        A form is read as it appears mid-sentence (``" " + form``); its vector is the mean of its tokens'
        embeddings, a variable's the mean over its forms, scaled to unit RMS so the code does not depend
        on the embedding's scale. (Detached: the base model is not trained through it.)
        """
        if self.tokenizer is None:
            raise DataError("variable_vectors reads surface forms with the base model's tokenizer: pass tokenizer=.")
        embedding = self.base_model.transformer.wte.weight.detach()
        rows = []
        for variable in rules.variables:
            forms = [embedding[ids].mean(dim=0) for form in rules.surface_forms(variable)
                     if (ids := self.tokenizer.encode(" " + form))]
            rows.append(torch.stack(forms).mean(dim=0) if forms else embedding.new_zeros(embedding.shape[1]))
        vectors = torch.stack(rows)  # (n, C)
        return vectors * torch.rsqrt(vectors.pow(2).mean(dim=-1, keepdim=True) + 1e-12)

    def _task_inputs(self, task_description: str | None, causal_graph: Any
                     ) -> tuple[Tensor, CausalRuleSet | None, Tensor | None]:
        """``(adjacency, rules, variable vectors)``; no vectors when the adjacency is a bare tensor."""
        adjacency, rules = self.task_graph_from(task_description, causal_graph)
        if isinstance(causal_graph, Tensor) or rules is None or not rules.variables:
            return adjacency, rules, None
        if self.tokenizer is None:
            log.warning("No tokenizer: the adapter is generated from the graph's shape only, not its variables.")
            return adjacency, rules, None
        return adjacency, rules, self.variable_vectors(rules)

    def task_code(self, task_description: str | None = None, causal_graph: Any = None) -> Tensor:
        """``[input_dim]``: what the hypernetwork reads for a task (arguments as in `adapt_to_task`)."""
        adjacency, _, vectors = self._task_inputs(task_description, causal_graph)
        return self._task_code(adjacency, vectors)

    def _task_code(self, adjacency: Tensor, vectors: Tensor | None) -> Tensor:
        """``[input_dim]``: the padded adjacency, plus the variables' code when they are known."""
        code = self.hypernetwork.encode_graph(adjacency)[0][0]
        if vectors is None:
            return code
        return code + self.variable_encoder(adjacency.to(code), vectors.to(code))

    def adapt_to_task(self, task_description: str | None = None, causal_graph: Any = None) -> SelfEvolvingTextGenerator:
        """Mine the task's rules, generate its adapter from the graph; returns ``self`` for chaining.

        ``causal_graph``: a `CausalRuleSet`, a rules dict or an adjacency tensor (then no rule biasing, and
        the adapter depends on the graph's shape only). The adapted network is `causal_transformer` (the spec
        returns it; this returns the generator, whose ``generate`` also applies the task's rules).
        ``current_task_embedding`` holds the code the hypernetwork read (``[input_dim]``).
        """
        if task_description is None and causal_graph is None:
            raise DataError("adapt_to_task needs a task_description (text to mine rules from) or a causal_graph.")
        adjacency, rules, vectors = self._task_inputs(task_description, causal_graph)
        with torch.no_grad():
            code = self._task_code(adjacency, vectors)
            self.dynamic.update_parameters(self.hypernetwork.generate_architecture(code))
        self.task_graph, self.task_rules, self.current_task_embedding = adjacency, rules, code
        return self

    def _check_adapted(self) -> None:
        if self.dynamic.adapter is None:
            raise DataError("The model must be adapted to a task first: call adapt_to_task(...).")

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        self._check_adapted()
        return self.dynamic(*args, **kwargs)

    def generate(self, prompt: Any, **kwargs: Any) -> Any:
        """`CausalTransformer.generate` with the task's adapter and rules (plus the model's own rules)."""
        self._check_adapted()
        if "causal_rules" not in kwargs and self.task_rules is not None and self.task_rules.variables:
            kwargs["causal_rules"] = _merged(self.base_model.causal_rules, self.task_rules)
        return self.dynamic.generate(prompt, **kwargs)

    def train_hypernetwork(self, tasks: Sequence[tuple[Any, Sequence[str]]], steps: int = 200, lr: float = 1e-3,
                           batch_size: int = 16, seed: int = 0, progress: bool = True) -> list[float]:
        """Teach the hypernetwork (and `VariableEncoder`) adapters that lower each task's language-model loss.

        ``tasks``: ``(causal_graph or description, texts)`` pairs. Each step draws ``batch_size`` tasks (with
        replacement) and one text of each, and runs every text with its own task's adapter. The base model
        stays frozen. Returns the loss of every step.
        """
        if not tasks:
            raise DataError("train_hypernetwork needs at least one (graph, texts) task.")
        if self.tokenizer is None:
            raise DataError("train_hypernetwork needs the base model's tokenizer.")
        inputs = []
        for graph, texts in tasks:
            if not texts:
                raise DataError("Every task needs at least one text.")
            description, given = (graph, None) if isinstance(graph, str) else (None, graph)
            adjacency, _, vectors = self._task_inputs(description, given)
            inputs.append((adjacency, vectors))
        from tqdm.auto import tqdm

        chooser = random.Random(seed)
        projection = self.dynamic.input_projection
        trained = [*self.hypernetwork.parameters(), *self.variable_encoder.parameters(),
                   *(projection.parameters() if projection is not None else ())]
        optimizer = torch.optim.Adam(trained, lr=lr)
        losses = []
        try:
            with _frozen(self.base_model):
                for _ in tqdm(range(steps), desc="hypernetwork", disable=not progress):
                    drawn = [chooser.randrange(len(tasks)) for _ in range(batch_size)]
                    batch = [chooser.choice(tasks[index][1]) for index in drawn]
                    generated = {index: self.hypernetwork(self._task_code(*inputs[index])) for index in set(drawn)}
                    self.dynamic.adapter = DynamicNetwork(_stacked([generated[index] for index in drawn]),
                                                          self.hypernetwork.num_layers,
                                                          self.hypernetwork.activation)  # one adapter per text
                    with self.dynamic.adapting():
                        loss = _lm_loss(self.base_model, self.tokenizer, batch, self.base_model.config.max_seq_length)
                    optimizer.zero_grad(set_to_none=True)
                    loss.backward()
                    optimizer.step()
                    losses.append(float(loss.detach()))
        finally:
            self.dynamic.adapter = None
            self.task_graph = self.task_rules = self.current_task_embedding = None
        return losses

    def fit_adapter(self, texts: Sequence[str], steps: int = 50, lr: float = 1e-2, init: str = "zero",
                    seed: int = 0) -> list[float]:
        """Fit the adapter's own numbers on ``texts`` by gradient descent (base model and hypernetwork frozen).

        The baseline a hypernetwork has to beat: an adapter of exactly the generated one's shape
        (`adapter_parameter_count` numbers), trained directly on a task's few examples, LoRA-style.

        Args:
            texts: the task's examples; every step uses all of them.
            steps: Adam steps.
            lr: their learning rate.
            init: ``"zero"``: a fresh adapter whose last layer is zero (so the model starts as the base
                model) and whose hidden weights start as ``nn.Linear``'s; ``"generated"``: the adapter
                `adapt_to_task` generated for the current task.
            seed: seeds the fresh adapter's initial values.

        Returns the loss of every step. The task's rules (if any) stay as they are.
        """
        if isinstance(texts, str) or not texts or not all(isinstance(t, str) and t.strip() for t in texts):
            raise DataError("fit_adapter needs a non-empty list of non-blank texts (the task's examples).")
        _validate.nonnegative_int("steps", steps)
        if init not in ("zero", "generated"):
            raise DataError(f"init must be 'zero' or 'generated', got {init!r}.")
        if init == "generated" and self.dynamic.adapter is None:
            raise DataError("init='generated' starts from the task's adapter: call adapt_to_task(...) first.")
        if self.tokenizer is None:
            raise DataError("fit_adapter needs the base model's tokenizer to read the texts.")
        if init == "generated":
            start = {key: value.detach().clone() for key, value in self.dynamic.adapter.params.items()}
        else:
            start = self._fresh_adapter_params(seed)
        params = {key: value.requires_grad_(True) for key, value in start.items()}
        adapter = DynamicNetwork(params, self.hypernetwork.num_layers, self.hypernetwork.activation)
        optimizer = torch.optim.Adam(params.values(), lr=lr)
        previous, self.dynamic.adapter = self.dynamic.adapter, adapter
        losses = []
        try:
            with _frozen(self.dynamic), self.dynamic.adapting():
                for _ in range(steps):
                    loss = _lm_loss(self.base_model, self.tokenizer, list(texts), self.base_model.config.max_seq_length)
                    optimizer.zero_grad(set_to_none=True)
                    loss.backward()
                    optimizer.step()
                    losses.append(float(loss.detach()))
        except BaseException:
            self.dynamic.adapter = previous
            raise
        self.dynamic.adapter = DynamicNetwork({key: value.detach() for key, value in params.items()},
                                              self.hypernetwork.num_layers, self.hypernetwork.activation)
        return losses

    def _fresh_adapter_params(self, seed: int) -> dict[str, Tensor]:
        """An untrained adapter: hidden weights drawn as ``nn.Linear`` draws them, biases and the last layer zero
        (LoRA's B = 0), so it starts as no change at all."""
        generator = torch.Generator().manual_seed(seed)
        params = {}
        last = len(self.hypernetwork.layer_shapes) - 1
        for i, (out_f, in_f) in enumerate(self.hypernetwork.layer_shapes):
            bound = 0.0 if i == last else 1.0 / math.sqrt(in_f)
            params[f"weight_{i}"] = (torch.rand(out_f, in_f, generator=generator) * 2 - 1) * bound
            params[f"bias_{i}"] = torch.zeros(out_f)
        return {key: value.to(self.base_model.device) for key, value in params.items()}


def _phrase_variable(text: str) -> str:
    words = re.findall(r"[a-z0-9']+", _SUBORDINATOR.sub("", text.lower()))
    while words and words[0] in _LEADING:
        words = words[1:]
    return "_".join(word.replace("'", "") for word in words[:4])


def rules_from_examples(pairs: Sequence[tuple[str, str]]) -> CausalRuleSet:
    """Rules stated by ``(prompt, completion)`` pairs: mined from "if <prompt> then <completion>", else the
    pair itself as one rule (cause: the prompt's words, effect: the completion's), strength 0.5 (one mention)."""
    miner = CausalTextMiner()
    rules = CausalRuleSet(name="few-shot rules")
    for prompt, completion in pairs:
        condition = _SUBORDINATOR.sub("", prompt.strip().rstrip(","))
        mined = miner.mine(f"if {condition} then {completion.strip().rstrip('.')}").rules
        if not mined:
            cause, effect = _phrase_variable(prompt), _phrase_variable(completion)
            mined = [CausalRule(cause, effect, 0.5)] if cause and effect and cause != effect else []
        for rule in mined:
            if (rule.cause, rule.effect) in rules:
                continue
            try:
                rules.add_rule(CausalRule(rule.cause, rule.effect, rule.strength))
            except CausalGraphError as exc:  # two examples that contradict each other's direction
                log.warning("Few-shot rules: left out %s -> %s: %s", rule.cause, rule.effect, exc)
    return rules


class FewShotCausalTransformer(nn.Module):
    """Learns a task from a handful of ``(prompt, completion)`` examples.

    Args:
        base_model: the trained `CausalTransformer` to start from (required in practice; with only
            ``vocab_size`` a fresh, untrained one is built).
        vocab_size: the vocabulary of the fresh model built when no base model is given; given with one, it
            must be the base model's.
        tokenizer: the base model's tokenizer (default: ``base_model.tokenizer``, else the bundled
            ``causal-basic`` one when the vocabulary holds its ids).
        steps: Adam steps on the examples per `learn_from_examples` call.
        lr: their learning rate.

    ``learn_from_examples(pairs)`` fine-tunes a copy of the base model (the base model is not changed) on
    ``"prompt completion"`` texts and extracts the rules the pairs state; ``generate`` uses both.
    """

    def __init__(self, vocab_size: int | nn.Module | None = None, base_model: nn.Module | None = None, *,
                 tokenizer: Any = None, steps: int = 10, lr: float = 1e-3):
        super().__init__()
        self.base_model, self.tokenizer = _base_model(vocab_size, base_model, tokenizer)
        _validate.nonnegative_int("steps", steps)
        self.steps, self.lr = steps, float(lr)
        self.adapted: nn.Module | None = None
        self.learned_rules: CausalRuleSet | None = None

    def learn_from_examples(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        """Adapt to ``pairs``; returns the training loss of each step."""
        if not isinstance(pairs, Sequence) or len(pairs) == 0:
            raise DataError("learn_from_examples needs at least one (prompt, completion) pair.")
        if not all(isinstance(p, (tuple, list)) and len(p) == 2 and all(isinstance(s, str) for s in p) for p in pairs):
            raise DataError("Every example must be a (prompt, completion) pair of strings.")
        if self.tokenizer is None:
            raise DataError("learn_from_examples needs the base model's tokenizer to read the examples.")
        rules = rules_from_examples(pairs)
        texts = [f"{prompt.strip()} {completion.strip()}" for prompt, completion in pairs]
        model = copy.deepcopy(self.base_model)
        model.tokenizer = self.tokenizer
        model.train()
        optimizer = torch.optim.Adam(model.parameters(), lr=self.lr)
        losses = []
        for _ in range(self.steps):
            loss = _lm_loss(model, self.tokenizer, texts, model.config.max_seq_length)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            losses.append(float(loss.detach()))
        model.eval()
        self.adapted, self.learned_rules = model, rules
        return losses

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        return (self.adapted or self.base_model)(*args, **kwargs)

    def generate(self, prompt: Any, **kwargs: Any) -> Any:
        """Generate with the adapted model and the rules learned from the examples."""
        if self.adapted is None:
            raise DataError("Call learn_from_examples(pairs) before generate().")
        if "causal_rules" not in kwargs and self.learned_rules is not None and self.learned_rules.variables:
            kwargs["causal_rules"] = _merged(self.adapted.causal_rules, self.learned_rules)
        kwargs.setdefault("tokenizer", self.tokenizer)
        return self.adapted.generate(prompt, **kwargs)
