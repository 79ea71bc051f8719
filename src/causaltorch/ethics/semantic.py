"""A harm detector that reads meaning, not words: sentence embeddings, a small classifier and a rule's examples.

`SemanticHarmDetector` embeds the normalised text (the obfuscation undoing of `causaltorch.ethics.normalize`
runs first, so ``k1ll`` and ``ｂｏｍｂ`` read as words) with all-MiniLM-L6-v2 (`causaltorch.ethics.encoder`,
the ``ethics-semantic`` extra; nothing is downloaded) and scores it two ways:

- **classifier**: a logistic regression on the embedding, trained by ``scripts/train_semantic_ethics.py`` and
  shipped as ``data/ethics/semantic_classifier.safetensors``;
- **nearest example**: the highest cosine similarity to the rule's own example list. Users extend a rule by
  adding examples (``SemanticHarmDetector(examples=[*defaults, "my phrasing"])``), without retraining.

The detector fires when either score reaches its threshold (the shipped thresholds were chosen on a
calibration split the evaluation splits never touched; see the script). A text is read whole (when it fits
in 128 word pieces) and sentence by sentence, and its score is the highest of those pieces; long texts are
read in sentences and windows, in batches. Scores of pieces already seen are cached, so a generation check
that re-reads a prompt and the sentences before the current one embeds only the piece that changed.

A classifier file that is missing, truncated or of another shape raises `SemanticClassifierError`; a
constitution holding the detector turns that into a blocking violation (it fails closed).
"""

from __future__ import annotations

import json
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from causaltorch._validate import fraction, positive_int
from causaltorch.errors import CheckpointError, DataError, RuleValidationError
from causaltorch.ethics.encoder import MAX_TOKENS, SentenceEncoder
from causaltorch.ethics.filters import Detection
from causaltorch.ethics.normalize import NormalizedText, matching_views

__all__ = ["SemanticClassifierError", "SemanticHarmDetector", "SemanticScore", "default_classifier_path",
           "default_examples"]

_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]*")
_WINDOW_STRIDE = 96  # word pieces between the starts of two windows of a sentence longer than MAX_TOKENS
_CACHE_SIZE = 4096  # pieces whose scores are kept


class SemanticClassifierError(CheckpointError):
    """The semantic classifier file is missing, unreadable or does not fit the encoder."""


def default_classifier_path() -> Path:
    """The shipped classifier: ``causaltorch/data/ethics/semantic_classifier.safetensors``."""
    return Path(str(resources.files("causaltorch") / "data" / "ethics" / "semantic_classifier.safetensors"))


@cache
def _bundled_examples() -> dict[str, tuple[str, ...]]:
    path = Path(str(resources.files("causaltorch") / "data" / "ethics" / "semantic_examples.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    return {rule: tuple(texts) for rule, texts in data["rules"].items()}


def default_examples(rule: str = "no_harm") -> list[str]:
    """The bundled example list of ``rule`` (a new list: extend it and pass it as ``examples=``)."""
    examples = _bundled_examples()
    if rule not in examples:
        raise RuleValidationError(f"No bundled examples for rule {rule!r}; bundled: {', '.join(examples)}. "
                                  "Give your own with examples=[...].")
    return list(examples[rule])


@dataclass(frozen=True)
class SemanticScore:
    """One text's semantic verdict: the scores of its most harmful piece and the nearest example."""

    detected: bool
    probability: float  # classifier, in [0, 1] (0 when the rule has no classifier)
    similarity: float  # cosine similarity to the nearest example, in [-1, 1]
    nearest_example: str | None
    piece: str  # the piece of normalised text that scored highest
    span: tuple[int, int]  # where that piece is in the original text
    fired_by: str | None  # "classifier", "example" or None

    @property
    def score(self) -> float:
        """The larger of the two scores, each divided by its threshold (>= 1 means it fires)."""
        return max(self._p_ratio, self._s_ratio)

    _p_ratio: float = 0.0
    _s_ratio: float = 0.0


@dataclass
class _Classifier:
    weight: Tensor  # (R, 384)
    bias: Tensor  # (R,)
    rules: tuple[str, ...]
    thresholds: dict[str, dict[str, float]]
    examples: dict[str, tuple[tuple[str, ...], Tensor]]  # rule -> (texts, embeddings) as trained


def _load_classifier(path: Path) -> _Classifier:
    """Read and check a classifier file; every problem is a `SemanticClassifierError` naming the file."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    fix = "re-run scripts/train_semantic_ethics.py or reinstall causaltorch"
    if path.is_dir():
        raise SemanticClassifierError(f"The semantic classifier {str(path)!r} is a folder; give the .safetensors "
                                      "file written by scripts/train_semantic_ethics.py.")
    if not path.is_file():
        raise SemanticClassifierError(f"The semantic classifier {str(path)!r} does not exist; {fix}.")
    try:
        from safetensors import safe_open

        with safe_open(str(path), "pt") as handle:
            meta = handle.metadata() or {}
        tensors = load_file(str(path))
    except (SafetensorError, OSError, ValueError, RuntimeError) as exc:
        raise SemanticClassifierError(f"The semantic classifier {str(path)!r} is corrupt or not a safetensors file "
                                      f"({type(exc).__name__}: {exc}); {fix}.") from None
    try:
        rules = tuple(json.loads(meta["rules"]))
        thresholds = json.loads(meta["thresholds"])
        example_texts = json.loads(meta["examples"])
        weight, bias = tensors["weight"].float(), tensors["bias"].float()
    except (KeyError, json.JSONDecodeError) as exc:
        raise SemanticClassifierError(f"The semantic classifier {str(path)!r} lacks {exc}: not written by "
                                      f"scripts/train_semantic_ethics.py; {fix}.") from None
    if weight.dim() != 2 or weight.shape != (len(rules), SentenceEncoder.dim) or bias.shape != (len(rules),):
        raise SemanticClassifierError(f"The semantic classifier {str(path)!r} holds weight {tuple(weight.shape)} and "
                                      f"bias {tuple(bias.shape)}; expected ({len(rules)}, {SentenceEncoder.dim}) and "
                                      f"({len(rules)},) for rules {list(rules)}; {fix}.")
    if not (torch.isfinite(weight).all() and torch.isfinite(bias).all()):
        raise SemanticClassifierError(f"The semantic classifier {str(path)!r} holds NaN or infinite weights; {fix}.")
    examples = {}
    for rule, texts in example_texts.items():
        key = f"examples.{rule}"
        if key not in tensors or tensors[key].shape != (len(texts), SentenceEncoder.dim):
            raise SemanticClassifierError(f"The semantic classifier {str(path)!r} lacks the embeddings of rule "
                                          f"{rule!r}'s examples; {fix}.")
        examples[rule] = (tuple(texts), tensors[key].float())
    for rule in rules:
        entry = thresholds.get(rule)
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), (int, float)) for k in
                                                  ("probability", "similarity")):
            raise SemanticClassifierError(f"The semantic classifier {str(path)!r} has no thresholds for rule "
                                          f"{rule!r}; {fix}.")
    return _Classifier(weight, bias, rules, thresholds, examples)


@cache
def _shared_classifier(path: str, stamp: float) -> _Classifier:
    return _load_classifier(Path(path))


class SemanticHarmDetector:
    """Embedding-based detector for one rule: ``detector(text) -> Detection`` (an `EthicalRule` detection_fn).

    Args:
        rule: which rule of the classifier file to use (the shipped file has ``no_harm``). A rule the file
            does not know is judged by its examples alone (give ``examples`` and ``similarity_threshold``).
        examples: texts that this rule must catch; the nearest one's cosine similarity is a score. Default: the
            bundled list of ``rule`` (`default_examples`). An empty list is refused.
        classifier: a classifier file written by ``scripts/train_semantic_ethics.py`` (default: the shipped
            one); None and ``use_classifier=False`` judge by examples alone.
        threshold: classifier probability that fires the rule (default: the file's calibrated value).
        similarity_threshold: nearest-example similarity that fires the rule (default: the file's value).
        batch_size: texts embedded per forward pass.
        encoder: a `SentenceEncoder` (default: the bundled all-MiniLM-L6-v2, loaded on first use).

    Nothing heavy happens at construction unless ``eager=True`` (load the encoder and classifier now, so a
    broken file raises here rather than at the first check).
    """

    applies_to = "text"

    def __init__(self, rule: str = "no_harm", examples: Sequence[str] | None = None, *,
                 classifier: str | Path | None = None, use_classifier: bool = True, threshold: float | None = None,
                 similarity_threshold: float | None = None, batch_size: int = 64,
                 encoder: SentenceEncoder | None = None, eager: bool = False):
        if not isinstance(rule, str) or not rule:
            raise RuleValidationError(f"SemanticHarmDetector needs a rule name, got {rule!r}.")
        if examples is not None:
            if isinstance(examples, str) or not all(isinstance(e, str) for e in examples):
                raise RuleValidationError(f"Rule {rule!r}: examples must be a list of strings, got {examples!r:.80}.")
            examples = [e for e in examples if e.strip()]
            if not examples:
                raise RuleValidationError(f"Rule {rule!r}: the example list is empty. Give at least one example "
                                          "text the rule must catch, or leave examples out to use the bundled ones.")
        if threshold is not None:
            fraction("threshold", threshold)
        if similarity_threshold is not None:
            fraction("similarity_threshold", similarity_threshold)
        positive_int("batch_size", batch_size)
        if encoder is not None and not isinstance(encoder, SentenceEncoder):
            raise RuleValidationError(f"encoder must be a SentenceEncoder, got {type(encoder).__name__}.")
        self.rule = rule
        self._examples = tuple(examples) if examples is not None else None
        self.classifier_path = Path(classifier) if classifier is not None else default_classifier_path()
        self.use_classifier = bool(use_classifier)
        self._threshold, self._similarity_threshold = threshold, similarity_threshold
        self.batch_size = batch_size
        self._encoder = encoder
        self._state: tuple[Any, ...] | None = None
        self._cache: OrderedDict[str, tuple[float, float, int]] = OrderedDict()
        self._lock = threading.Lock()
        if eager:
            self._ready()

    # ------------------------------------------------------------------ setup
    @property
    def encoder(self) -> SentenceEncoder:
        if self._encoder is None:
            self._encoder = SentenceEncoder.bundled()
        return self._encoder

    def _ready(self) -> tuple[Any, ...]:
        """(weight row | None, bias, p threshold, s threshold, example texts, example embeddings), built once."""
        if self._state is not None:
            return self._state
        classifier = None
        if self.use_classifier or self._examples is None or self._similarity_threshold is None:
            stamp = self.classifier_path.stat().st_mtime if self.classifier_path.is_file() else 0.0
            classifier = _shared_classifier(str(self.classifier_path.resolve()), stamp)
        known = classifier is not None and self.rule in classifier.rules
        if self.use_classifier and not known and classifier is not None and self._examples is None:
            raise RuleValidationError(f"The semantic classifier knows rules {list(classifier.rules)}, not "
                                      f"{self.rule!r}; give examples=[...] and similarity_threshold, or "
                                      "use_classifier=False.")
        calibrated = classifier.thresholds.get(self.rule, classifier.thresholds.get("no_harm")) if classifier else {}
        p_threshold = self._threshold if self._threshold is not None else calibrated.get("probability", 1.0)
        s_threshold = (self._similarity_threshold if self._similarity_threshold is not None
                       else calibrated.get("similarity"))
        if s_threshold is None:
            raise RuleValidationError(f"Rule {self.rule!r}: give similarity_threshold (no calibrated value).")
        texts = self._examples if self._examples is not None else tuple(default_examples(self.rule))
        stored = classifier.examples.get(self.rule) if classifier is not None else None
        embeddings = self._example_embeddings(texts, stored)
        row = (classifier.weight[classifier.rules.index(self.rule)], float(classifier.bias[
            classifier.rules.index(self.rule)])) if (self.use_classifier and known) else (None, 0.0)
        self._state = (*row, float(p_threshold), float(s_threshold), texts, embeddings)
        return self._state

    def _example_embeddings(self, texts: tuple[str, ...], stored: tuple[tuple[str, ...], Tensor] | None) -> Tensor:
        """Embeddings of the example texts: those the classifier file holds are reused, new ones embedded."""
        known = dict(zip(stored[0], stored[1])) if stored is not None else {}
        normalized = [_normalize(t) for t in texts]
        missing = [t for t in dict.fromkeys(normalized) if t not in known]
        if missing:
            known.update(zip(missing, self.encoder.embed(missing, self.batch_size)))
        return torch.stack([known[t] for t in normalized])

    @property
    def examples(self) -> tuple[str, ...]:
        """The example texts this detector compares with."""
        return self._ready()[4]

    @property
    def thresholds(self) -> dict[str, float]:
        """``{"probability": ..., "similarity": ...}`` in use."""
        state = self._ready()
        return {"probability": state[2], "similarity": state[3]}

    # ------------------------------------------------------------------ scoring
    def __call__(self, text: str) -> Detection:
        """``Detection(detected, reason, spans)``; the reason names the score and the nearest example."""
        return self.detection(self.score(text))

    def detection(self, result: SemanticScore) -> Detection:
        if not result.detected:
            return Detection(False, None)
        what = (f"classifier probability {result.probability:.2f}" if result.fired_by == "classifier" else
                f"similarity {result.similarity:.2f} to example {result.nearest_example!r}")
        topic = "harmful content" if self.rule == "no_harm" else f"rule {self.rule!r}"
        return Detection(True, f"{topic} (semantic: {what})", [result.span], ["semantic"])

    def score(self, text: str) -> SemanticScore:
        """The semantic verdict on one text (its highest-scoring piece)."""
        return self.score_many([text])[0]

    def score_many(self, texts: Sequence[str]) -> list[SemanticScore]:
        """Verdicts on many texts, their pieces embedded in batches (pieces seen before come from the cache)."""
        if isinstance(texts, str) or not all(isinstance(t, str) for t in texts):
            raise DataError("SemanticHarmDetector.score_many takes a list of strings. Decode token ids first.")
        weight, bias, p_threshold, s_threshold, example_texts, example_embeddings = self._ready()
        pieces = [_pieces(text, self.encoder) for text in texts]
        self._score_pieces({p.text for ps in pieces for p, _ in ps}, weight, bias, example_embeddings)
        results = []
        for text, text_pieces in zip(texts, pieces):
            best: SemanticScore | None = None
            for piece, span in text_pieces:
                with self._lock:
                    p, s, nearest = self._cache[piece.text]
                    self._cache.move_to_end(piece.text)
                p_ratio = p / p_threshold if weight is not None else 0.0
                s_ratio = s / s_threshold if s_threshold > 0 else float(s > 0)
                fired_by = ("classifier" if p_ratio >= 1 and p_ratio >= s_ratio else
                            "example" if s_ratio >= 1 else "classifier" if p_ratio >= 1 else None)
                candidate = SemanticScore(fired_by is not None, p, s, example_texts[nearest], piece.text, span,
                                          fired_by, p_ratio, s_ratio)
                if best is None or candidate.score > best.score:
                    best = candidate
            results.append(best if best is not None else
                            SemanticScore(False, 0.0, 0.0, None, "", (0, len(text)), None))
        return results

    def _score_pieces(self, pieces: Iterable[str], weight: Tensor | None, bias: float, examples: Tensor) -> None:
        with self._lock:
            new = sorted(p for p in pieces if p not in self._cache)
        if not new:
            return
        embeddings = self.encoder.embed(new, self.batch_size)  # (N, 384)
        probabilities = torch.sigmoid(embeddings @ weight + bias) if weight is not None else torch.zeros(len(new))
        similarity, nearest = (embeddings @ examples.T).max(dim=1)  # (N, E) -> (N,)
        with self._lock:
            for piece, p, s, i in zip(new, probabilities.tolist(), similarity.tolist(), nearest.tolist()):
                self._cache[piece] = (p, s, i)
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)

    def prefetch(self, texts: Sequence[str]) -> None:
        """Embed the pieces of ``texts`` in one batch now, so that the checks that follow read the cache."""
        weight, bias, _, _, _, example_embeddings = self._ready()
        self._score_pieces({p.text for text in texts for p, _ in _pieces(text, self.encoder)}, weight, bias,
                           example_embeddings)

    def __repr__(self) -> str:
        return f"SemanticHarmDetector(rule={self.rule!r}, classifier={self.classifier_path.name!r})"


def _normalize(text: str) -> str:
    return matching_views(text)[0].text.strip()


def _pieces(text: str, encoder: SentenceEncoder) -> list[tuple[NormalizedText, tuple[int, int]]]:
    """The pieces of ``text`` to embed, with their spans in the original: each sentence, and the whole text when
    it has several (windows of at most `MAX_TOKENS` word pieces over anything longer), for every view of
    `matching_views` (as stored and, with bidirectional controls, as displayed)."""
    pieces: dict[str, tuple[NormalizedText, tuple[int, int]]] = {}
    for view in matching_views(text):
        spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(view.text) if m.group().strip()]
        if len(spans) > 1 and len(view.text) <= 4 * MAX_TOKENS:  # a short text is also read whole
            spans.insert(0, (0, len(view.text)))
        for start, end in spans:
            raw = view.text[start:end]
            body = raw.strip()
            offset = start + raw.index(body)
            for window, (a, b) in _windows(body, encoder):
                if window not in pieces:
                    pieces[window] = (NormalizedText.identity(window), _original_span(view, offset + a, offset + b))
    return list(pieces.values())


def _windows(body: str, encoder: SentenceEncoder) -> list[tuple[str, tuple[int, int]]]:
    """Windows of at most `MAX_TOKENS` - 2 word pieces over ``body``, overlapping, as (text, char span)."""
    size = MAX_TOKENS - 2
    if len(body) <= size:  # a word piece covers at least one character
        return [(body, (0, len(body)))]
    offsets = encoder.tokenizer.encode(body, add_special_tokens=False).offsets
    if len(offsets) <= size:
        return [(body, (0, len(body)))]
    out = []
    for first in range(0, len(offsets), _WINDOW_STRIDE):
        last = min(first + size, len(offsets)) - 1
        a, b = offsets[first][0], offsets[last][1]
        out.append((body[a:b], (a, b)))
        if last == len(offsets) - 1:
            break
    return out


def _original_span(view: NormalizedText, start: int, end: int) -> tuple[int, int]:
    return view.original_span(start, end) if end > start else (0, 0)

