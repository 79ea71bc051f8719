"""Hugging Face GPT-2 checkpoints → `CausalTransformer`.

GPT-2 is the same architecture as ours (pre-LN, learned positions, tanh-GELU, biases, tied head), so a
local GPT-2 directory (``config.json`` with ``"model_type": "gpt2"`` + ``model.safetensors``) loads
through `CausalTransformer.from_pretrained` and rule-guided decoding sits on a real pretrained LM. The
only differences are names and GPT-2's ``Conv1D`` layers, which store weights as ``[in, out]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from torch import Tensor

from causaltorch._validate import integer, optional
from causaltorch.errors import CheckpointError, DataError
from causaltorch.text.config import CausalTransformerConfig

__all__ = ["config_from_gpt2", "state_dict_from_gpt2"]

_ACTIVATIONS = {"gelu_new": "gelu_tanh", "gelu_pytorch_tanh": "gelu_tanh", "gelu": "gelu"}
_CONV1D = ("attn.c_attn.weight", "attn.c_proj.weight", "mlp.c_fc.weight", "mlp.c_proj.weight")
_MASK_BUFFERS = (".attn.bias", ".attn.masked_bias")  # causal-mask buffers in older checkpoints, not weights


def config_from_gpt2(hf_config: Mapping[str, Any]) -> CausalTransformerConfig:
    """Our config for a Hugging Face ``GPT2Config`` dict (missing keys take GPT-2's defaults)."""
    activation = hf_config.get("activation_function", "gelu_new")
    if not isinstance(activation, str) or activation not in _ACTIVATIONS:
        raise CheckpointError(
            f"GPT-2 checkpoint uses activation {activation!r}; supported: {sorted(_ACTIVATIONS)}."
        )
    unsupported = [
        name for name, value, default in (
            ("scale_attn_weights", hf_config.get("scale_attn_weights", True), True),
            ("scale_attn_by_inverse_layer_idx", hf_config.get("scale_attn_by_inverse_layer_idx", False), False),
            ("reorder_and_upcast_attn", hf_config.get("reorder_and_upcast_attn", False), False),
            ("add_cross_attention", hf_config.get("add_cross_attention", False), False),
        ) if value != default
    ]
    if unsupported:
        raise CheckpointError(f"GPT-2 checkpoint sets {unsupported}, which this architecture does not implement.")
    try:
        config = CausalTransformerConfig(
            vocab_size=hf_config.get("vocab_size", 50257),
            d_model=hf_config.get("n_embd", 768),
            n_heads=hf_config.get("n_head", 12),
            n_layers=hf_config.get("n_layer", 12),
            d_ff=hf_config.get("n_inner"),  # None: 4 * n_embd, as in GPT-2
            max_seq_length=hf_config.get("n_positions", 1024),
            dropout=hf_config.get("resid_pdrop", 0.1),
            bias=True,
            activation=_ACTIVATIONS[activation],
            layer_norm_epsilon=hf_config.get("layer_norm_epsilon", 1e-5),
            tie_word_embeddings=hf_config.get("tie_word_embeddings", True),
            eos_token_id=hf_config.get("eos_token_id"),
            pad_token_id=hf_config.get("pad_token_id"),
        )
        # not kept (generation starts from the prompt), but an id outside the vocabulary means a broken config
        optional(integer, "bos_token_id", hf_config.get("bos_token_id"), 0, config.vocab_size - 1,
                 what=f"a token id in the vocabulary (0 … {config.vocab_size - 1}) or None")
    except DataError as exc:
        raise CheckpointError(f"GPT-2 config cannot be used: {exc}") from None
    return config


def state_dict_from_gpt2(tensors: Mapping[str, Tensor]) -> dict[str, Tensor]:
    """Rename GPT-2 weights to ours and transpose its ``Conv1D`` weights (``[in, out]`` → ``[out, in]``).

    Accepts keys with or without the ``transformer.`` prefix (OpenAI's original upload has none).
    """
    out: dict[str, Tensor] = {}
    for name, tensor in tensors.items():
        if name == "lm_head.weight":
            out[name] = tensor
            continue
        name = name.removeprefix("transformer.")
        if name.endswith(_MASK_BUFFERS):
            continue
        if name.startswith("h.") and name.endswith(_CONV1D):
            tensor = tensor.t().contiguous()
        out[f"transformer.{name}"] = tensor
    return out
