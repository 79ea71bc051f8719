"""cnsg / CausalTransformer: one GPT-style decoder, two front doors (the spec's signatures).

Read top to bottom: the output (`CausalLMOutput`, which also stands for its logits), the three small blocks
(`Attention`, alias `CausalSelfAttention`; `MLP`; `Block`, alias `CausalTransformerBlock`), then the model,
whose positions are a `CausalPositionalEncoding` (`causaltorch.text.positions`). Its settings are
a `CausalTransformerConfig` (`causaltorch.text.config`, re-exported here); `save_pretrained` /
`from_pretrained` go through `causaltorch.text.checkpoint`. Pre-LayerNorm blocks, learned absolute
positions, weight tying and `F.scaled_dot_product_attention`, as in nanoGPT; GPT-2 checkpoints load into
it unchanged (`causaltorch.text.gpt2` maps their names).

Rules enter in two places. Generation (`generate`, DESIGN §4) biases the next-token logits toward the
effects of the causes the text states. Optionally, attention carries a rule-derived additive bias: a
token that ends a surface form of an effect attends more to tokens that end surface forms of its causes
(``rule_attention_bias · strength`` on the attention logit). Without that bias (the default) attention
takes SDPA's ``is_causal`` fast path.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch._checkpoint import check_model_fits
from causaltorch._constitution import HoldsConstitution
from causaltorch.errors import DataError
from causaltorch.layers.sparse import SparseFFN
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.text.biasing import CausalBiasingNetwork, rule_pair_strength, rule_strength_matrix
from causaltorch.text.checkpoint import load_model, save_model
from causaltorch.text.config import GELU_APPROXIMATION, CausalTransformerConfig, make_config
from causaltorch.text.default_tokenizer import DEFAULT_TOKENIZER, TokenizerFallback, resolve_tokenizer
from causaltorch.text.fit import TRAINING_OPTIONS, train_on_texts
from causaltorch.text.generation import KVCache, generate
from causaltorch.text.positions import CausalPositionalEncoding
from causaltorch.text.surface_forms import SurfaceFormTokens, surface_form_tokens

__all__ = [
    "CNSG_TextGenerator", "CausalLMOutput", "CausalLanguageModel", "CausalSelfAttention", "CausalTransformer",
    "CausalTransformerBlock", "CausalTransformerConfig", "cnsg",
]


@dataclass
class CausalLMOutput:
    """What `CausalTransformer.forward` returns: the logits, plus the loss and attentions when asked for.

    Fields: ``logits [B, T, vocab]``; ``loss`` (mean next-token cross-entropy, plus ``aux_loss`` for a
    sparse model) when labels are given; ``attentions`` (per layer ``[B, n_heads, T, S]``) when
    ``return_attention=True``; ``aux_loss``: the sparse MLPs' load-balancing loss (None for a dense
    model), to add to a loss computed outside the model.

    It also stands for its logits, so code written for a model that returns a logits tensor works:

    - ``out["logits"]`` / ``out["loss"]`` are fields; any other index is tensor indexing of the logits:
      ``out[:, -1, :]`` is ``out.logits[:, -1, :]``;
    - tensor attributes and methods act on the logits (``out.shape``, ``out.argmax(-1)``), and torch
      functions take it in their place (``F.softmax(out, -1)``, ``nn.CrossEntropyLoss()(out.flatten(0, 1), y)``);
    - unpacking: ``logits, attentions = model(ids, return_attention=True)``; without attentions it
      iterates over the logits' rows, as a tensor does.
    """

    logits: Tensor
    loss: Tensor | None = None
    attentions: tuple[Tensor, ...] | None = None
    aux_loss: Tensor | None = None

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            if key not in _OUTPUT_FIELDS:
                raise KeyError(f"{key!r}: the output's fields are {', '.join(_OUTPUT_FIELDS)}.")
            return getattr(self, key)
        return self.logits[key]

    def __iter__(self) -> Iterator[Any]:
        if self.attentions is not None:
            return iter((self.logits, self.attentions))
        return iter(self.logits)

    def __len__(self) -> int:
        return 2 if self.attentions is not None else len(self.logits)

    def __getattr__(self, name: str) -> Any:
        # only reached for names that are not fields: tensor attributes and methods of the logits
        if name.startswith("__") or name in _OUTPUT_FIELDS:
            raise AttributeError(name)
        return getattr(self.logits, name)

    @classmethod
    def __torch_function__(cls, func: Any, types: Any, args: tuple[Any, ...] = (),
                           kwargs: dict[str, Any] | None = None) -> Any:
        return func(*_as_logits(args), **_as_logits(kwargs or {}))


_OUTPUT_FIELDS = ("logits", "loss", "attentions", "aux_loss")


def _as_logits(value: Any) -> Any:
    """``value`` with every `CausalLMOutput` inside (tuples, lists, dicts) replaced by its logits."""
    if isinstance(value, CausalLMOutput):
        return value.logits
    if isinstance(value, list):
        return [_as_logits(item) for item in value]
    if isinstance(value, tuple):
        items = [_as_logits(item) for item in value]
        return type(value)(*items) if hasattr(value, "_fields") else tuple(items)  # a named tuple takes fields
    if isinstance(value, dict):
        return {key: _as_logits(item) for key, item in value.items()}
    return value


# a layer's sizes when built on its own, and their defaults
_LAYER_DEFAULTS: dict[str, Any] = dict(num_heads=None, d_ff=None, sparsity=0.0, dropout=0.0, activation="gelu_tanh",
                                       bias=True)


def _config_or_sizes(hidden_dim: int | CausalTransformerConfig, **sizes: Any) -> CausalTransformerConfig:
    """A layer's config: the one given, or one built from its sizes (its vocabulary and depth play no part)."""
    if isinstance(hidden_dim, CausalTransformerConfig):
        if any(value != _LAYER_DEFAULTS[name] for name, value in sizes.items()):
            raise DataError("Pass either a CausalTransformerConfig or the layer's sizes, not both.")
        return hidden_dim
    num_heads = sizes.pop("num_heads")
    return make_config(vocab_size=1, n_layers=1, d_model=hidden_dim, n_heads=num_heads, **sizes)


class Attention(nn.Module):
    """Multi-head causal self-attention through `F.scaled_dot_product_attention`, with an optional KV cache.

    Also exported as `CausalSelfAttention` (the spec's name for the same class). Built from a config (as the
    model builds it) or from sizes: ``CausalSelfAttention(hidden_dim, num_heads=None, causal_rules=None, *,
    dropout=0.0, bias=True)`` (``num_heads=None``: 64 channels per head). With non-empty ``causal_rules`` it
    owns a `CausalBiasingNetwork` (``causal_biasing``) whose bias is added to the attention scores, so a token
    that states an effect attends more to the tokens that state its causes. Inside `CausalTransformer` the
    rules' bias comes from the model instead (from the token ids, ``rule_attention_bias``), in the mask.

    ``forward(x, attention_mask=None, is_causal=True, kv_cache=None, layer=0, return_attention=False)``
    returns ``(output [B, T, C], weights [B, nh, T, S] or None)``; ``attention_mask`` is a padding mask
    ``[B, S]`` (1 = token, padding on the left) or a prepared mask ``[B|1, 1, T, S]`` (bool: may attend,
    float: additive); ``is_causal`` (no position sees a later one) applies when there is no mask.
    """

    def __init__(self, hidden_dim: int | CausalTransformerConfig, num_heads: int | None = None,
                 causal_rules: CausalRuleSet | dict[str, Any] | None = None, *, dropout: float = 0.0,
                 bias: bool = True):
        config = _config_or_sizes(hidden_dim, num_heads=num_heads, dropout=dropout, bias=bias)
        rules = as_ruleset(causal_rules)
        super().__init__()
        self.n_heads, self.head_dim = config.n_heads, config.head_dim
        self.c_attn = nn.Linear(config.d_model, 3 * config.d_model, bias=config.bias)  # q, k, v at once
        self.c_proj = nn.Linear(config.d_model, config.d_model, bias=config.bias)
        self.dropout = config.dropout
        self.attn_dropout = nn.Dropout(config.dropout)
        self.resid_dropout = nn.Dropout(config.dropout)
        self.causal_biasing = CausalBiasingNetwork(rules, config.d_model, config.n_heads) if len(rules) else None

    def forward(self, x: Tensor, attention_mask: Tensor | None = None, is_causal: bool = True,
                kv_cache: KVCache | None = None, layer: int = 0,
                return_attention: bool = False) -> tuple[Tensor, Tensor | None]:
        batch, length, width = x.shape
        mask = attention_mask
        if mask is not None and mask.dim() == 2:  # a padding mask [B, S]: the model's own preparation
            mask, is_causal = _attention_mask(length, kv_cache.length if kv_cache is not None else 0, mask, None,
                                              x.device)
        if self.causal_biasing is not None:
            mask, is_causal = self._with_rule_bias(x, mask, is_causal, kv_cache)
        q, k, v = self.c_attn(x).split(width, dim=2)
        # (B, T, C) -> (B, nh, T, hs)
        q = q.view(batch, length, self.n_heads, self.head_dim).transpose(1, 2)
        k = k.view(batch, length, self.n_heads, self.head_dim).transpose(1, 2)
        v = v.view(batch, length, self.n_heads, self.head_dim).transpose(1, 2)
        if kv_cache is not None:
            k, v = kv_cache.update(layer, k, v)  # (B, nh, S, hs): every position so far
        if mask is not None and mask.dtype != torch.bool:
            mask = mask.to(q.dtype)
        weights = None
        if return_attention:  # the slow path: materialise the attention weights
            scores = (q @ k.transpose(-2, -1)) / math.sqrt(self.head_dim)  # (B, nh, T, S)
            if mask is None and is_causal:
                mask = torch.ones(length, k.shape[2], dtype=torch.bool, device=x.device).tril()
            if mask is not None:
                scores = scores.masked_fill(~mask, float("-inf")) if mask.dtype == torch.bool else scores + mask
            weights = F.softmax(scores, dim=-1)
            y = self.attn_dropout(weights) @ v
        else:
            y = F.scaled_dot_product_attention(
                q, k, v, attn_mask=mask, dropout_p=self.dropout if self.training else 0.0, is_causal=is_causal
            )
        y = y.transpose(1, 2).contiguous().view(batch, length, width)  # (B, nh, T, hs) -> (B, T, C)
        return self.resid_dropout(self.c_proj(y)), weights

    def _with_rule_bias(self, x: Tensor, mask: Tensor | None, is_causal: bool,
                        kv_cache: KVCache | None) -> tuple[Tensor, bool]:
        """``mask`` as an additive ``[B, nh, T, T]`` mask with the `CausalBiasingNetwork`'s bias added."""
        if kv_cache is not None:
            raise DataError("An attention layer with causal_rules reads every position's hidden state to bias "
                            "attention; call it without a KV cache.")
        assert self.causal_biasing is not None
        bias = self.causal_biasing(x)  # (B, nh, T, T)
        if mask is None:
            mask = torch.ones(x.shape[1], x.shape[1], dtype=torch.bool, device=x.device)
            mask = mask.tril() if is_causal else mask
        if mask.dtype == torch.bool:
            return torch.where(mask, bias, float("-inf")), False
        return mask.to(bias.dtype) + bias, False


CausalSelfAttention = Attention


class MLP(nn.Module):
    def __init__(self, config: CausalTransformerConfig):
        super().__init__()
        assert config.d_ff is not None  # resolved by the config
        self.c_fc = nn.Linear(config.d_model, config.d_ff, bias=config.bias)
        self.c_proj = nn.Linear(config.d_ff, config.d_model, bias=config.bias)
        self.approximate = GELU_APPROXIMATION[config.activation]
        self.dropout = nn.Dropout(config.dropout)

    def forward(self, x: Tensor) -> Tensor:
        return self.dropout(self.c_proj(F.gelu(self.c_fc(x), approximate=self.approximate)))


class Block(nn.Module):
    """Pre-LN transformer block: ``x + attn(ln(x))``, then ``x + mlp(ln(x))``.

    Also exported as `CausalTransformerBlock` (the spec's name for the same class). Built from a config or
    from sizes: ``CausalTransformerBlock(hidden_dim, num_heads=None, d_ff=None, causal_rules=None,
    sparsity=0.0, *, dropout=0.0, activation="gelu_tanh", bias=True)``: ``d_ff=None`` is ``4 * hidden_dim``,
    ``sparsity > 0`` makes the MLP a `SparseFFN`, ``causal_rules`` bias the attention (see
    `CausalSelfAttention`). ``block(x, attention_mask=None)`` returns ``(x [B, T, C], weights or None)``,
    with the arguments of the attention's ``forward``.
    """

    def __init__(self, hidden_dim: int | CausalTransformerConfig, num_heads: int | None = None,
                 d_ff: int | None = None, causal_rules: CausalRuleSet | dict[str, Any] | None = None,
                 sparsity: float = 0.0, *, dropout: float = 0.0, activation: str = "gelu_tanh", bias: bool = True):
        config = _config_or_sizes(hidden_dim, num_heads=num_heads, d_ff=d_ff, sparsity=sparsity, dropout=dropout,
                                  activation=activation, bias=bias)
        super().__init__()
        self.ln_1 = nn.LayerNorm(config.d_model, eps=config.layer_norm_epsilon, bias=config.bias)
        self.attn = Attention(config, causal_rules=causal_rules)
        self.ln_2 = nn.LayerNorm(config.d_model, eps=config.layer_norm_epsilon, bias=config.bias)
        if config.sparsity > 0:
            assert config.d_ff is not None  # resolved by the config
            self.mlp: nn.Module = SparseFFN(config.d_model, config.d_ff, config.sparsity,
                                            activation=config.activation, bias=config.bias, dropout=config.dropout)
        else:
            self.mlp = MLP(config)

    def forward(self, x: Tensor, attention_mask: Tensor | None = None, is_causal: bool = True,
                kv_cache: KVCache | None = None, layer: int = 0,
                return_attention: bool = False) -> tuple[Tensor, Tensor | None]:
        attended, weights = self.attn(self.ln_1(x), attention_mask, is_causal, kv_cache, layer, return_attention)
        x = x + attended
        return x + self.mlp(self.ln_2(x)), weights


CausalTransformerBlock = Block


class CausalTransformer(HoldsConstitution, nn.Module):
    """The native causal text model (a decoder-only transformer), built from the spec's arguments.

    ``CausalTransformer(vocab_size, hidden_dim=768, num_layers=12, num_heads=None, causal_rules=None,
    sparsity=0.0, ethical_constitution=None, **config_fields)`` or ``CausalTransformer(config)``. Extra
    keyword arguments are `CausalTransformerConfig` fields (``dropout``, ``max_seq_length``,
    ``rule_attention_bias`` …). `cnsg` is the same model with the spec's other argument names.

    Not part of the weights, so neither saved nor moved by ``.to()``:

    - ``tokenizer``: lets `generate` take and return text and read the text it generates (needed by rule
      biasing, interventions, forbidden words and the constitution) and gives the rule attention bias its
      token ids. While it is None, the calls that need one use ``tokenizer_fallback``
      (`causaltorch.text.default_tokenizer`): the bundled ``causal-basic`` tokenizer when every id of it is
      below ``vocab_size``, or the one saved in the folder the model was loaded from; otherwise they raise
      an error that says what to pass. Calls that need none (token ids in and out, no rules) never load it.
    - ``ethical_constitution``: if callable, `generate` asks it about each sentence of the continuation
      when the sentence ends, ``constitution(text)``, which returns a bool or a tuple whose second item is
      "passed" (the spec's ``(output, passed, violations)``); a rejected sentence is rolled back and drawn
      again (up to 5 times), then the sequence ends where that sentence started. A non-callable value is
      kept but not consulted.

    ``causal_rules`` is a `CausalRuleSet`; assign a new one (``model.causal_rules = rules``) to change the
    rules, including after editing the set in place. ``sparsity > 0`` makes every MLP a `SparseFFN`; its
    load-balancing loss is in ``output.aux_loss`` and is added to ``output.loss`` when labels are given.

    ``model(input_ids)`` returns a `CausalLMOutput`, which also stands for its logits (``out[:, -1, :]``);
    ``model.train(dataset, causal_discovery=True)`` trains on text (see `train`), while ``model.train()`` /
    ``model.train(False)`` switch the mode as on every module.
    """

    def __init__(self, vocab_size: int | CausalTransformerConfig, hidden_dim: int = 768, num_layers: int = 12,
                 num_heads: int | None = None, causal_rules: CausalRuleSet | dict[str, Any] | None = None,
                 sparsity: float = 0.0, ethical_constitution: Any = None, **config_fields: Any):
        if isinstance(vocab_size, CausalTransformerConfig):
            defaults = (768, 12, None, None, 0.0)
            if (hidden_dim, num_layers, num_heads, causal_rules, sparsity) != defaults or config_fields:
                raise DataError("Pass either a CausalTransformerConfig or the model's sizes, not both.")
            config = replace(vocab_size)  # a copy: the model updates its config when its rules change
        else:
            config = make_config(vocab_size=vocab_size, d_model=hidden_dim, n_layers=num_layers,
                                  n_heads=num_heads, causal_rules=causal_rules, sparsity=sparsity, **config_fields)
        check_model_fits(lambda n_layers: CausalTransformer(replace(config, n_layers=n_layers)), config.n_layers,
                         f"A text model with vocab_size={config.vocab_size}, d_model={config.d_model}, "
                         f"n_layers={config.n_layers}, d_ff={config.d_ff} and max_seq_length={config.max_seq_length}",
                         "choose smaller sizes")
        super().__init__()
        self.config = config
        self.transformer = nn.ModuleDict(dict(
            wte=nn.Embedding(config.vocab_size, config.d_model),
            wpe=CausalPositionalEncoding(config.d_model, config.max_seq_length),
            drop=nn.Dropout(config.dropout),
            h=nn.ModuleList([Block(config) for _ in range(config.n_layers)]),
            ln_f=nn.LayerNorm(config.d_model, eps=config.layer_norm_epsilon, bias=config.bias),
        ))
        self.lm_head = nn.Linear(config.d_model, config.vocab_size, bias=False)
        if config.tie_word_embeddings:
            self.transformer.wte.weight = self.lm_head.weight
        if not self.lm_head.weight.is_meta:  # a shape-only build (checking a checkpoint) has nothing to initialise
            self.apply(self._init_weights)
            for name, parameter in self.named_parameters():
                if name.endswith("c_proj.weight"):  # GPT-2: scale residual projections by depth
                    nn.init.normal_(parameter, mean=0.0, std=0.02 / math.sqrt(2 * config.n_layers))
        self._tokenizer: Any = None
        self.tokenizer_fallback = TokenizerFallback()
        self._form_tokens: SurfaceFormTokens | None = None
        self.causal_rules = causal_rules if isinstance(causal_rules, CausalRuleSet) else as_ruleset(config.causal_rules)
        self.ethical_constitution = ethical_constitution

    def _init_weights(self, module: nn.Module) -> None:
        if isinstance(module, nn.Linear):
            nn.init.normal_(module.weight, mean=0.0, std=0.02)
            if module.bias is not None:
                nn.init.zeros_(module.bias)
        elif isinstance(module, (nn.Embedding, CausalPositionalEncoding)):
            nn.init.normal_(module.weight, mean=0.0, std=0.02)

    # ------------------------------------------------------------------ generation helpers
    @property
    def tokenizer(self) -> Any:
        return self._tokenizer

    @tokenizer.setter
    def tokenizer(self, tokenizer: Any) -> None:
        self._tokenizer = tokenizer
        self._form_tokens = None

    @property
    def causal_rules(self) -> CausalRuleSet:
        return self._causal_rules

    @causal_rules.setter
    def causal_rules(self, rules: CausalRuleSet | dict[str, Any] | None) -> None:
        ruleset = as_ruleset(rules)
        self.config.causal_rules = ruleset.to_dict() if ruleset.variables else None
        self._causal_rules = ruleset
        self._form_tokens = None
        # strength[cause, effect], with a last row and column of zeros for "no variable"
        self.register_buffer("rule_adjacency", rule_strength_matrix(ruleset).to(self.lm_head.weight.device),
                             persistent=False)

    @property
    def device(self) -> torch.device:
        return self.lm_head.weight.device

    @property
    def dtype(self) -> torch.dtype:
        return self.lm_head.weight.dtype

    def num_parameters(self, non_embedding: bool = True) -> int:
        """Parameter count; by default without the position embedding (the token one is tied to the head)."""
        total = sum(p.numel() for p in self.parameters())
        return total - self.transformer.wpe.weight.numel() if non_embedding else total

    # ------------------------------------------------------------------ forward
    def forward(self, input_ids: Tensor, attention_mask: Tensor | None = None, labels: Tensor | None = None, *,
                position_ids: Tensor | None = None, kv_cache: KVCache | None = None,
                return_attention: bool = False) -> CausalLMOutput:
        """Next-token logits.

        Args:
            input_ids: ``[B, T]`` token ids (the new tokens only when ``kv_cache`` holds earlier ones).
            attention_mask: ``[B, S]`` with 1 for real tokens and 0 for padding, where ``S`` counts the
                cached positions too. Pad on the left; positions count real tokens only. Leave it None
                for a batch without padding: attention then takes SDPA's ``is_causal`` fast path.
            labels: ``[B, T]`` targets, aligned with ``input_ids`` (shifted inside, as in Hugging Face);
                ``-100`` is ignored.
            position_ids: ``[B, T]`` overrides the positions derived from the mask.
            kv_cache: a `KVCache` to read earlier keys/values from and append these to.
            return_attention: also return every layer's attention weights (slower path).
        """
        hidden, attentions = self._hidden_states(input_ids, attention_mask, position_ids, kv_cache, return_attention)
        logits = self.lm_head(hidden)
        aux_loss = self.aux_loss()
        loss = None
        if labels is not None:
            if labels.shape != input_ids.shape:
                raise DataError(
                    f"labels must have the shape of input_ids {tuple(input_ids.shape)}, got {tuple(labels.shape)}."
                )
            loss = F.cross_entropy(
                logits[:, :-1].flatten(0, 1).float(), labels[:, 1:].flatten().to(logits.device), ignore_index=-100
            )
            if aux_loss is not None:
                loss = loss + aux_loss
        return CausalLMOutput(logits=logits, loss=loss, attentions=attentions, aux_loss=aux_loss)

    def aux_loss(self) -> Tensor | None:
        """The sparse MLPs' load-balancing loss from the last forward, summed over layers (None if dense)."""
        losses = [block.mlp.aux_loss for block in self.transformer.h
                  if isinstance(block.mlp, SparseFFN) and block.mlp.aux_loss is not None]
        return torch.stack(losses).sum() if losses else None

    def encode(self, input_ids: Tensor, attention_mask: Tensor | None = None) -> Tensor:
        """Final hidden states ``[B, T, d_model]`` (after the last LayerNorm)."""
        return self._hidden_states(input_ids, attention_mask, None, None, False)[0]

    def _hidden_states(self, input_ids: Tensor, attention_mask: Tensor | None, position_ids: Tensor | None,
                       kv_cache: KVCache | None, return_attention: bool) -> tuple[Tensor, tuple[Tensor, ...] | None]:
        if input_ids.dim() != 2 or input_ids.shape[1] == 0:
            raise DataError(
                f"input_ids must have shape [batch, length] with length >= 1, got {tuple(input_ids.shape)}."
            )
        batch, length = input_ids.shape
        start = kv_cache.length if kv_cache is not None else 0
        total = start + length
        if kv_cache is not None and total > kv_cache.max_length:
            raise DataError(
                f"The KV cache holds {kv_cache.max_length} positions; {start} are used and {length} more were given."
            )
        if attention_mask is not None and tuple(attention_mask.shape) != (batch, total):
            raise DataError(
                f"attention_mask must have shape [batch, cached + new] = [{batch}, {total}], "
                f"got {tuple(attention_mask.shape)}."
            )
        if position_ids is None:
            if attention_mask is not None:  # left padding: positions count real tokens
                position_ids = (attention_mask.long().cumsum(-1) - 1).clamp(min=0)[:, start:]
            else:
                position_ids = torch.arange(start, total, device=input_ids.device)[None]
        if total > self.config.max_seq_length and (
            attention_mask is None or int(position_ids.max()) >= self.config.max_seq_length
        ):
            raise DataError(
                f"The sequence has {total} positions but this model has position embeddings for "
                f"max_seq_length={self.config.max_seq_length}. Shorten the input (keep its last "
                f"{self.config.max_seq_length} tokens)."
            )
        rule_bias = self._rule_attention_bias(input_ids, attention_mask, kv_cache, start)
        mask, is_causal = _attention_mask(length, start, attention_mask, rule_bias, input_ids.device)
        x = self.transformer.drop(self.transformer.wpe(self.transformer.wte(input_ids), position_ids))  # (B, T, C)
        attentions = []
        for layer, block in enumerate(self.transformer.h):
            x, weights = block(x, mask, is_causal, kv_cache, layer, return_attention)
            if weights is not None:
                attentions.append(weights)
        if kv_cache is not None:
            kv_cache.advance(input_ids)
        return self.transformer.ln_f(x), tuple(attentions) if return_attention else None

    def _rule_attention_bias(self, input_ids: Tensor, attention_mask: Tensor | None, kv_cache: KVCache | None,
                             start: int) -> Tensor | None:
        """``[B, T, S]`` additive attention bias from rules, or None when it is off."""
        if self.config.rule_attention_bias == 0 or len(self.causal_rules) == 0:
            return None
        if self._form_tokens is None:
            tokenizer = resolve_tokenizer(self, None, "rule_attention_bias (0 turns it off), which finds the rules' "
                                                      "surface forms in the token ids,")
            self._form_tokens = surface_form_tokens(self.causal_rules, tokenizer)
        forms = self._form_tokens
        length = input_ids.shape[1]
        if kv_cache is None:
            labels = forms.span_end_labels(input_ids)
            all_labels = labels
        else:
            context = kv_cache.token_ids[:, max(0, start - forms.max_length + 1):start]
            labels = forms.span_end_labels(torch.cat([context, input_ids], dim=1), keep_last=length)
            kv_cache.rule_labels[:, start:start + length] = labels
            all_labels = kv_cache.rule_labels[:, : start + length]
        if attention_mask is not None:  # padding is no variable
            none = len(forms.variables)
            all_labels = all_labels.masked_fill(attention_mask == 0, none)
            labels = all_labels[:, start:]
        # query (effect) q attends to key (cause) k with strength[cause=label_k, effect=label_q]
        return self.config.rule_attention_bias * rule_pair_strength(self.rule_adjacency, labels, all_labels)

    # ------------------------------------------------------------------ training and generation
    def train(self, mode: Any = True, **options: Any) -> Any:
        """``train(True)`` / ``train(False)``: PyTorch's mode switch (returns the model). ``train(dataset, ...)``:
        train the model on text (returns a `causaltorch.text.fit.TextTrainingResult`).

        ``model.train(dataset, causal_discovery=True, epochs=3, batch_size=8, learning_rate=3e-4, ...)`` runs
        `causaltorch.text.fit.train_on_texts`: ``dataset`` is a list of strings, a path to a text file (one
        document per line) or a ``datasets`` object with a ``"text"`` column; ``causal_discovery=True``
        first mines cause → effect rules from it and adds them to ``model.causal_rules``, so that
        `generate` follows them. A plain AdamW loop; Lightning training is in `causaltorch.training`.
        """
        if isinstance(mode, bool):
            if options:
                raise DataError(f"train({mode}) switches the training mode and takes no options; to train on text, "
                                f"call train(dataset, {', '.join(f'{k}=...' for k in options)}).")
            return super().train(mode)
        unknown = sorted(set(options) - set(TRAINING_OPTIONS))
        if unknown:
            raise DataError(f"Unknown train() option(s) {unknown}; the options are {', '.join(TRAINING_OPTIONS)}.")
        return train_on_texts(self, mode, **options)

    generate = generate

    # ------------------------------------------------------------------ checkpoints
    def save_pretrained(self, directory: str | Path) -> Path:
        """Write ``config.json`` and ``model.safetensors`` into ``directory`` (created if missing).

        Each file is written atomically. The tied output projection is stored once (as the token
        embedding). The model's tokenizer (``model.tokenizer``, or the folder's it was loaded with) is saved
        beside them when it can save itself; the constitution is not saved (`causaltorch.text.checkpoint`).
        """
        return save_model(self, directory)

    @classmethod
    def from_pretrained(cls, directory: str | Path, *, causal_rules: CausalRuleSet | dict[str, Any] | None = None,
                        device: torch.device | str | None = None, dtype: torch.dtype | None = None,
                        tokenizer: Any = None, ethical_constitution: Any = None) -> CausalTransformer:
        """Load a model saved by `save_pretrained`, or a local Hugging Face GPT-2 checkpoint directory.

        ``directory`` is a local folder: nothing is downloaded, so a hub name such as ``"gpt2"`` that is no
        folder here raises `CheckpointError` saying to download it first and pass the folder. A GPT-2
        directory (``config.json`` with ``"model_type": "gpt2"`` and ``model.safetensors``) is mapped onto
        this architecture (`causaltorch.text.gpt2`). ``causal_rules`` (a `CausalRuleSet` or either dict form)
        replace the rules saved with the model, and generation follows them. Without ``tokenizer``, text
        calls use the tokenizer saved in the folder, else (for a model of ours) ``causal-basic`` when it
        fits; a GPT-2 checkpoint without one needs ``tokenizer=``. Raises `CheckpointError` when a file is
        missing or unreadable, or when the weights do not fit the config.
        """
        rules = as_ruleset(causal_rules) if causal_rules is not None else None  # checked before loading
        model = load_model(cls, directory, device=device, dtype=dtype)
        if rules is not None:
            model.causal_rules = rules
        model.tokenizer = tokenizer
        model.ethical_constitution = ethical_constitution
        return model


class cnsg(CausalTransformer):  # noqa: N801 - the spec's public name
    """The native Causal Neuro-Symbolic Generator: `CausalTransformer` with the spec's ``cnsg`` arguments.

    ``cnsg(vocab_size, d_model=768, n_heads=None, n_layers=12, d_ff=None, max_seq_length=1024,
    causal_rules=None, **config_fields)`` builds the same config and module as `CausalTransformer`
    (``d_ff=None`` means ``4 * d_model``; ``n_heads=None`` means 64 channels per head, see
    `causaltorch._sizes.default_heads`); ``isinstance(model, CausalTransformer)`` holds.
    """

    def __init__(self, vocab_size: int | CausalTransformerConfig = 50257, d_model: int = 768,
                 n_heads: int | None = None, n_layers: int = 12, d_ff: int | None = None, max_seq_length: int = 1024,
                 causal_rules: CausalRuleSet | dict[str, Any] | None = None, *, ethical_constitution: Any = None,
                 **config_fields: Any):
        if isinstance(vocab_size, CausalTransformerConfig):
            defaults = (768, None, 12, None, 1024, None)
            if (d_model, n_heads, n_layers, d_ff, max_seq_length, causal_rules) != defaults or config_fields:
                raise DataError("Pass either a CausalTransformerConfig or the model's sizes, not both.")
            config = vocab_size
        else:
            config = make_config(vocab_size=vocab_size, d_model=d_model, n_heads=n_heads, n_layers=n_layers,
                                  d_ff=d_ff, max_seq_length=max_seq_length, causal_rules=causal_rules,
                                  **config_fields)
        super().__init__(config, ethical_constitution=ethical_constitution)
        if isinstance(causal_rules, CausalRuleSet):
            self.causal_rules = causal_rules


class CausalLanguageModel(CausalTransformer):
    """The spec's language-model front door: a `CausalTransformer` that comes with its tokenizer.

    ``CausalLanguageModel(vocab_size=None, hidden_dim=768, num_layers=12, num_heads=None, causal_rules=None,
    tokenizer=None, **kwargs)``: ``tokenizer`` is a tokenizer object or the name/directory of a
    `causaltorch.tokenizers.CausalTokenizer` (``"causal-basic"``), and ``vocab_size`` defaults to its
    size, so ``model.generate("If it rains,")`` returns text. With neither, the tokenizer is
    ``causal-basic`` and ``vocab_size`` its size; with only ``vocab_size``, text calls use ``causal-basic``
    when it fits (see `CausalTransformer`). ``model.train(dataset, causal_discovery=True)`` trains it on
    text (`CausalTransformer.train`); `causaltorch.training` trains it with Lightning.
    """

    def __init__(self, vocab_size: int | CausalTransformerConfig | None = None, hidden_dim: int = 768,
                 num_layers: int = 12, num_heads: int | None = None,
                 causal_rules: CausalRuleSet | dict[str, Any] | None = None,
                 sparsity: float = 0.0, ethical_constitution: Any = None, tokenizer: Any = None,
                 **config_fields: Any):
        if isinstance(tokenizer, (str, Path)):
            from causaltorch.tokenizers import CausalTokenizer

            tokenizer = CausalTokenizer.from_pretrained(tokenizer)
        if vocab_size is None:
            if tokenizer is None:
                from causaltorch.tokenizers import CausalTokenizer

                tokenizer = CausalTokenizer.from_pretrained(DEFAULT_TOKENIZER)
            vocab_size = int(tokenizer.vocab_size)
        super().__init__(vocab_size, hidden_dim, num_layers, num_heads, causal_rules, sparsity,
                         ethical_constitution, **config_fields)
        self.tokenizer = tokenizer


CNSG_TextGenerator = cnsg  # the spec's name in its federated example (``CNSG_TextGenerator()``): the same class


def _attention_mask(length: int, start: int, attention_mask: Tensor | None, rule_bias: Tensor | None,
                    device: torch.device) -> tuple[Tensor | None, bool]:
    """``(mask, is_causal)`` for SDPA: None + ``is_causal`` on the fast path, else ``[B|1, 1, T, S]``.

    A query at position ``start + i`` sees keys ``<= start + i`` that are not padding, and always itself
    (so a padding query has one finite score instead of none). With a rule bias the mask is additive.
    """
    if attention_mask is None and rule_bias is None and (start == 0 or length == 1):
        return None, start == 0 and length > 1
    total = start + length
    query = torch.arange(start, total, device=device)[:, None]
    key = torch.arange(total, device=device)[None, :]
    allowed = (key <= query)[None]  # (1, T, S)
    if attention_mask is not None:
        allowed = (allowed & attention_mask.bool()[:, None, :]) | (key == query)
    if rule_bias is None:
        return allowed[:, None], False
    return torch.where(allowed, rule_bias, float("-inf"))[:, None], False
