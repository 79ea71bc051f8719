"""A harm detector that reads meaning, not words: sentence embeddings, a small classifier and a rule's examples.

`SemanticHarmDetector` embeds the normalised text (the obfuscation undoing of `causaltorch.ethics.normalize`
runs first, so ``k1ll`` and ``ｂｏｍｂ`` read as words) with all-MiniLM-L6-v2 (`causaltorch.ethics.encoder`,
the ``ethics-semantic`` extra; nothing is downloaded) and scores it two ways:

- **classifier**: a small MLP head (an average of a few seeds) on the mean token states of the encoder's layers
  6, 5, 4 and 3 (as the file says), trained by ``scripts/train_semantic_ethics.py`` and shipped as
  ``data/ethics/semantic_classifier.safetensors`` (a logistic regression on the sentence embedding is read too);
- **nearest example**: the highest cosine similarity to the rule's own example list, lowered by how much closer
  the text is to the nearest *counter-example* (a benign look-alike: "how do I kill the process"), if it is.
  Users extend a rule by adding examples or counter-examples
  (``SemanticHarmDetector(examples=[*defaults, "my phrasing"])``), without retraining.

The detector fires when either score reaches its threshold (the shipped thresholds were chosen on calibration
texts of several authors, held apart from training, by a rule picked by leaving one author out at a time; see
``scripts/train_semantic_ethics.py``). A text is read whole (when it fits
in 128 word pieces) and sentence by sentence, and its score is the highest of those pieces; long texts are
read in sentences and windows, in batches. Scores of pieces already seen are cached, so a generation check
that re-reads a prompt and the sentences before the current one embeds only the piece that changed.

A piece that reads as a text on the rule's ``allow`` list is not judged by the classifier (its example score still
applies): it has the same words (case and punctuation aside) or a cosine similarity of at least ``allow_similarity``
(0.97 by default) to the allowed text, and is closer to it than to every example. Counter-examples only lower the
example score, so the allow list is how a user quiets a false positive of the classifier ("Put the kettle on for
everyone") without moving its threshold for every text. An allowed text that one of the rule's examples would
catch is refused. The default similarity is high because a one-word edit can make a benign sentence harmful at a
cosine of 0.96 ("tomorrow ill tighten / loosen the bolts on his ladder").

A classifier file that is missing, truncated or of another shape raises `SemanticClassifierError`; a
constitution holding the detector turns that into a blocking violation (it fails closed).
"""

from __future__ import annotations

import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import torch
from torch import Tensor

from causaltorch._validate import fraction, positive_int
from causaltorch.errors import CheckpointError, DataError, RuleValidationError
from causaltorch.ethics.encoder import MAX_TOKENS, SentenceEncoder
from causaltorch.ethics.filters import Detection, _require_text
from causaltorch.ethics.normalize import NormalizedText, matching_views

__all__ = ["SemanticClassifierError", "SemanticHarmDetector", "SemanticScore", "default_classifier_path",
           "default_counter_examples", "default_examples"]

_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]*")
_WINDOW_STRIDE = 96  # word pieces between the starts of two windows of a sentence longer than MAX_TOKENS
_CACHE_SIZE = 4096  # pieces whose scores are kept
_WINDOWS_KEPT = 256  # generation windows whose pieces are remembered
ALLOW_SIMILARITY = 0.97  # default cosine at which a piece reads as an allowed text (see the module's docstring)
_WORDS = re.compile(r"[^\W_]+")
CONTINUATION_TOKENS = 48  # word pieces of the sentence being generated that a continuation check reads


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


@cache
def _bundled_counter_examples() -> dict[str, tuple[str, ...]]:
    path = Path(str(resources.files("causaltorch") / "data" / "ethics" / "semantic_examples.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    return {rule: tuple(texts) for rule, texts in data.get("counter_examples", {}).items()}


def default_counter_examples(rule: str = "no_harm") -> list[str]:
    """The bundled counter-examples (benign look-alikes) of ``rule``; empty when there are none."""
    return list(_bundled_counter_examples().get(rule, ()))


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
    counter_similarity: float = -1.0  # cosine similarity to the nearest counter-example (-1: none)
    nearest_counter_example: str | None = None
    allow_similarity: float = -1.0  # cosine similarity to the nearest allowed text (-1: none)
    nearest_allowed: str | None = None
    allowed: bool = False  # the piece reads as an allowed text: the classifier was not asked (examples still fire)

    @property
    def example_score(self) -> float:
        """The example score the threshold applies to: the similarity, minus how much closer the nearest
        counter-example is (when it is closer)."""
        return _example_score(self.similarity, self.counter_similarity)


def _example_score(similarity: float | Tensor, counter: float | Tensor) -> Any:
    if isinstance(similarity, Tensor):
        return similarity - (counter - similarity).clamp_min(0.0)
    return similarity - max(0.0, counter - similarity)


class _PieceScores(NamedTuple):
    """What one embedded piece scores against the rule's head and lists (cached per piece)."""

    probability: float
    similarity: float
    nearest: int
    counter: float  # -1 without counter-examples
    nearest_counter: int  # -1 without counter-examples
    allow: float  # -1 without an allow list
    nearest_allowed: int  # -1 without an allow list
    allowed_words: bool  # the piece has an allowed text's words


@dataclass
class _Head:
    """One rule's classifier: logistic (``w1`` (F,), ``b1`` ()) or an MLP ensemble (``w1`` (S, H, F), ``b1``
    (S, H), ``w2`` (S, H), ``b2`` (S,)): ``probability(features) -> (N,)``."""

    w1: Tensor
    b1: Tensor
    w2: Tensor | None = None
    b2: Tensor | None = None

    def probability(self, x: Tensor) -> Tensor:
        if self.w2 is None:
            return torch.sigmoid(x @ self.w1 + self.b1)
        hidden = torch.nn.functional.gelu(torch.einsum("nf,shf->snh", x, self.w1) + self.b1[:, None, :])
        logits = torch.einsum("snh,sh->sn", hidden, self.w2) + self.b2[:, None]  # (S, N)
        return torch.sigmoid(logits).mean(0)


@dataclass
class _Classifier:
    heads: dict[str, _Head]
    rules: tuple[str, ...]
    layers: tuple[int, ...]  # encoder layers whose mean states, side by side, are the classifier's input
    thresholds: dict[str, dict[str, float]]
    examples: dict[str, tuple[tuple[str, ...], Tensor]]  # rule -> (texts, embeddings) as trained
    counter_examples: dict[str, tuple[tuple[str, ...], Tensor]]


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
        counter_texts = json.loads(meta.get("counter_examples", "{}"))
        layers = tuple(json.loads(meta.get("layers", "[6]")))
    except (KeyError, json.JSONDecodeError) as exc:
        raise SemanticClassifierError(f"The semantic classifier {str(path)!r} lacks {exc}: not written by "
                                      f"scripts/train_semantic_ethics.py; {fix}.") from None
    if not layers or not all(isinstance(k, int) and 1 <= k <= 6 for k in layers):
        raise SemanticClassifierError(f"The semantic classifier {str(path)!r} reads encoder layers {list(layers)}; "
                                      f"expected integers in [1, 6]; {fix}.")
    width = SentenceEncoder.dim * len(layers)
    heads = {}
    if "weight" in tensors:  # logistic regression, one row per rule
        weight, bias = tensors["weight"].float(), tensors.get("bias", torch.zeros(0)).float()
        if weight.dim() != 2 or weight.shape != (len(rules), width) or bias.shape != (len(rules),):
            raise SemanticClassifierError(
                f"The semantic classifier {str(path)!r} holds weight {tuple(weight.shape)} and bias "
                f"{tuple(bias.shape)}; expected ({len(rules)}, {width}) and ({len(rules)},) for rules {list(rules)}; "
                f"{fix}.")
        heads = {rule: _Head(weight[i], bias[i]) for i, rule in enumerate(rules)}
    else:
        for rule in rules:
            parts = [tensors.get(f"head.{rule}.{k}") for k in ("w1", "b1", "w2", "b2")]
            if any(part is None for part in parts):
                raise SemanticClassifierError(f"The semantic classifier {str(path)!r} lacks the weights of rule "
                                              f"{rule!r} (head.{rule}.w1 / b1 / w2 / b2); {fix}.")
            w1, b1, w2, b2 = (part.float() for part in parts)
            seeds, hidden = w1.shape[:2] if w1.dim() == 3 else (0, 0)
            if (w1.dim() != 3 or w1.shape[2] != width or b1.shape != (seeds, hidden) or w2.shape != (seeds, hidden)
                    or b2.shape != (seeds,)):
                raise SemanticClassifierError(
                    f"The semantic classifier {str(path)!r} holds an MLP of shapes {tuple(w1.shape)}, "
                    f"{tuple(b1.shape)}, {tuple(w2.shape)}, {tuple(b2.shape)} for rule {rule!r}; expected (S, H, "
                    f"{width}), (S, H), (S, H), (S,); {fix}.")
            heads[rule] = _Head(w1, b1, w2, b2)
    if not all(torch.isfinite(t).all() for head in heads.values() for t in (head.w1, head.b1, head.w2, head.b2)
               if t is not None):
        raise SemanticClassifierError(f"The semantic classifier {str(path)!r} holds NaN or infinite weights; {fix}.")
    stored = {}
    for kind, texts_by_rule in (("examples", example_texts), ("counter_examples", counter_texts)):
        stored[kind] = {}
        for rule, texts in texts_by_rule.items():
            key = f"{kind}.{rule}"
            if key not in tensors or tensors[key].shape != (len(texts), SentenceEncoder.dim):
                raise SemanticClassifierError(f"The semantic classifier {str(path)!r} lacks the embeddings of rule "
                                              f"{rule!r}'s {kind.replace('_', '-')}; {fix}.")
            stored[kind][rule] = (tuple(texts), tensors[key].float())
    for rule in rules:
        entry = thresholds.get(rule)
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), (int, float)) for k in
                                                  ("probability", "similarity")):
            raise SemanticClassifierError(f"The semantic classifier {str(path)!r} has no thresholds for rule "
                                          f"{rule!r}; {fix}.")
    return _Classifier(heads, rules, layers, thresholds, stored["examples"], stored["counter_examples"])


@cache
def _shared_classifier(path: str, stamp: float) -> _Classifier:
    return _load_classifier(Path(path))


@dataclass
class _State:
    head: _Head | None  # None: judged by examples alone
    layers: tuple[int, ...]
    p_threshold: float
    s_threshold: float
    examples: tuple[str, ...]
    example_embeddings: Tensor  # (E, 384)
    counter_examples: tuple[str, ...]
    counter_embeddings: Tensor  # (C, 384), C may be 0
    calibration: dict[str, Any]  # the classifier file's threshold record for the rule ({} without one)
    allowed: tuple[str, ...] = ()
    allow_embeddings: Tensor | None = None  # (A, 384)
    allow_words: dict[tuple[str, ...], int] | None = None  # an allowed text's words -> its index
    allow_similarity: float = ALLOW_SIMILARITY


class SemanticHarmDetector:
    """Embedding-based detector for one rule: ``detector(text) -> Detection`` (an `EthicalRule` detection_fn).

    Args:
        rule: which rule of the classifier file to use (the shipped file has ``no_harm``). A rule the file
            does not know is judged by its examples alone (give ``examples`` and ``similarity_threshold``).
        examples: texts that this rule must catch; the nearest one's cosine similarity is a score. Default: the
            list the classifier file holds for ``rule`` (its thresholds were calibrated with it; the shipped file's
            is the bundled list, `default_examples`), else the bundled list. An empty list is refused.
        counter_examples: benign look-alikes; a text closer to one of them than to every example has its
            example score lowered by the difference. Default: the file's list, as for ``examples``, else the
            bundled one (`default_counter_examples`); ``[]`` for none.
        allow: texts the rule must pass whatever the classifier says (its false positives): for a piece with the same
            words (case and punctuation aside), or at least ``allow_similarity`` similar, that is closer to the
            allowed text than to every example, the classifier is not asked (the example score still applies). An
            allowed text whose example score would fire is refused, and so is an allow list for a rule judged by its
            examples alone (use ``counter_examples`` there). Default: none.
        allow_similarity: cosine similarity at which a piece reads as an allowed text (default 0.97; below about
            0.96 a one-word edit that makes a text harmful can read as the benign text allowed). Refused without
            ``allow``.
        classifier: a classifier file written by ``scripts/train_semantic_ethics.py`` (default: the shipped
            one); None and ``use_classifier=False`` judge by examples alone.
        threshold: classifier probability that fires the rule (default: the file's calibrated value). Refused
            for a rule judged by its examples alone, where it would do nothing.
        similarity_threshold: example score that fires the rule (default: the file's value).
        batch_size: texts embedded per forward pass.
        encoder: a `SentenceEncoder` (default: the bundled all-MiniLM-L6-v2, loaded on first use).

    Nothing heavy happens at construction unless ``eager=True`` (load the encoder and classifier now, so a
    broken file raises here rather than at the first check).
    """

    applies_to = "text"

    def __init__(self, rule: str = "no_harm", examples: Sequence[str] | None = None, *,
                 counter_examples: Sequence[str] | None = None,
                 classifier: str | Path | None = None, use_classifier: bool = True, threshold: float | None = None,
                 similarity_threshold: float | None = None, allow: Sequence[str] | None = None,
                 allow_similarity: float | None = None, batch_size: int = 64,
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
        if counter_examples is not None:
            if isinstance(counter_examples, str) or not all(isinstance(e, str) for e in counter_examples):
                raise RuleValidationError(f"Rule {rule!r}: counter_examples must be a list of strings, got "
                                          f"{counter_examples!r:.80}.")
            counter_examples = [e for e in counter_examples if e.strip()]
        if allow is not None:
            if isinstance(allow, str) or not all(isinstance(e, str) for e in allow):
                raise RuleValidationError(f"Rule {rule!r}: allow must be a list of strings (texts the rule must pass), "
                                          f"got {allow!r:.80}.")
            wordless = [e for e in allow if e.strip() and not _words(e)]
            if wordless:
                raise RuleValidationError(f"Rule {rule!r}: allowed text {wordless[0]!r} has no words; an allowed text "
                                          "is matched by its words and meaning, so give a sentence.")
            allow = [e for e in allow if e.strip()]
        if allow_similarity is not None:
            if not allow:  # it would do nothing
                raise RuleValidationError(f"Rule {rule!r}: allow_similarity applies to the allow list, which is "
                                          "empty; give allow=[...] too, or leave allow_similarity out.")
            fraction("allow_similarity", allow_similarity, low_open=True,
                     what="in (0, 1]: the cosine similarity at which a text reads as an allowed one")
        if threshold is not None:  # 0 would flag every text (and the score divides by it)
            fraction("threshold", threshold, low_open=True,
                     what="in (0, 1]: the classifier probability at which the rule fires")
        if similarity_threshold is not None:
            fraction("similarity_threshold", similarity_threshold)
        if threshold is not None and not use_classifier:
            raise RuleValidationError(f"Rule {rule!r}: threshold is the classifier's probability, and "
                                      "use_classifier=False judges by examples alone; give similarity_threshold "
                                      "instead.")
        positive_int("batch_size", batch_size)
        if encoder is not None and not isinstance(encoder, SentenceEncoder):
            raise RuleValidationError(f"encoder must be a SentenceEncoder, got {type(encoder).__name__}.")
        self.rule = rule
        self._examples = tuple(examples) if examples is not None else None
        self._counter_examples = tuple(counter_examples) if counter_examples is not None else None
        self._allow = tuple(dict.fromkeys(allow or ()))
        self.allow_similarity = float(ALLOW_SIMILARITY if allow_similarity is None else allow_similarity)
        self.classifier_path = Path(classifier) if classifier is not None else default_classifier_path()
        self.use_classifier = bool(use_classifier)
        self._threshold, self._similarity_threshold = threshold, similarity_threshold
        self.batch_size = batch_size
        self._encoder = encoder
        self._state: _State | None = None
        # piece -> (probability, example similarity, nearest example, counter similarity, nearest counter,
        #           allow similarity, nearest allowed text, whether it has an allowed text's words)
        self._cache: OrderedDict[str, _PieceScores] = OrderedDict()
        self._windows_seen: OrderedDict[tuple[str, int], list[tuple[NormalizedText, tuple[int, int]]]] = OrderedDict()
        self._lock = threading.Lock()
        if eager:
            self._ready()

    # ------------------------------------------------------------------ setup
    @property
    def encoder(self) -> SentenceEncoder:
        if self._encoder is None:
            self._encoder = SentenceEncoder.bundled()
        return self._encoder

    def _ready(self) -> _State:
        """The head, thresholds and example embeddings, built once."""
        if self._state is not None:
            return self._state
        classifier = None
        if self.use_classifier or self._examples is None or self._similarity_threshold is None:
            stamp = self.classifier_path.stat().st_mtime if self.classifier_path.is_file() else 0.0
            classifier = _shared_classifier(str(self.classifier_path.resolve()), stamp)
        known = classifier is not None and self.rule in classifier.rules
        if self._threshold is not None and not (self.use_classifier and known):  # it would do nothing
            raise RuleValidationError(f"Rule {self.rule!r}: threshold is a classifier probability, but the classifier "
                                      f"knows rules {list(classifier.rules) if classifier else []}, so this rule is "
                                      "judged by its examples alone; give similarity_threshold instead.")
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
        texts = self._examples if self._examples is not None else _file_list(
            classifier.examples if classifier is not None else {}, self.rule, default_examples)
        counters = self._counter_examples if self._counter_examples is not None else _file_list(
            classifier.counter_examples if classifier is not None else {}, self.rule, default_counter_examples)
        stored = {}
        if classifier is not None:
            stored = {**dict(zip(*classifier.examples.get(self.rule, ((), ())))),
                      **dict(zip(*classifier.counter_examples.get(self.rule, ((), ()))))}
        embeddings = self._example_embeddings(texts, stored)
        counter_embeddings = (self._example_embeddings(counters, stored) if counters
                              else torch.zeros(0, SentenceEncoder.dim))
        use_head = self.use_classifier and known
        if self._allow and not use_head:  # it would do nothing: the allow list only stops the classifier
            raise RuleValidationError(f"Rule {self.rule!r} is judged by its examples alone (no classifier reads it), "
                                      "and an allow list only stops the classifier; give counter_examples instead, "
                                      "which lower the example score.")
        allow_embeddings = self._example_embeddings(self._allow, stored) if self._allow else None
        if allow_embeddings is not None:  # the allow list overrides the classifier, never the rule's own examples
            similarity, nearest = (allow_embeddings @ embeddings.T).max(dim=1)
            caught = next((i for i, value in enumerate(similarity.tolist()) if value >= s_threshold), None)
            if caught is not None:
                raise RuleValidationError(
                    f"Rule {self.rule!r}: allowed text {self._allow[caught]!r} reads as the rule's example "
                    f"{texts[int(nearest[caught])]!r} (similarity {float(similarity[caught]):.2f}, at or above the "
                    f"example threshold {float(s_threshold):.2f}), so the rule must catch it; remove it from allow, "
                    "or the example from examples.")
        self._state = _State(classifier.heads[self.rule] if use_head else None,
                             classifier.layers if use_head else (6,), float(p_threshold), float(s_threshold),
                             texts, embeddings, counters, counter_embeddings, dict(calibrated), self._allow,
                             allow_embeddings, {_words(_normalize(t)): i for i, t in enumerate(self._allow)},
                             self.allow_similarity)
        return self._state

    def _example_embeddings(self, texts: tuple[str, ...], known: dict[str, Tensor]) -> Tensor:
        """Embeddings of example texts: those the classifier file holds are reused, new ones embedded."""
        known = dict(known)
        normalized = [_normalize(t) for t in texts]
        missing = [t for t in dict.fromkeys(normalized) if t not in known]
        if missing:
            known.update(zip(missing, self.encoder.embed(missing, self.batch_size)))
        return torch.stack([known[t] for t in normalized])

    @property
    def examples(self) -> tuple[str, ...]:
        """The example texts this detector compares with."""
        return self._ready().examples

    @property
    def counter_examples(self) -> tuple[str, ...]:
        """The benign look-alikes that lower the example score."""
        return self._ready().counter_examples

    @property
    def allowed(self) -> tuple[str, ...]:
        """The texts this rule must pass whatever the classifier says (``allow``)."""
        return self._allow

    @property
    def thresholds(self) -> dict[str, float]:
        """``{"probability": ..., "similarity": ...}`` in use."""
        state = self._ready()
        return {"probability": state.p_threshold, "similarity": state.s_threshold}

    @property
    def calibration(self) -> dict[str, Any]:
        """How the classifier file's thresholds for this rule were chosen (its metadata record: the rule, the
        false-positive limit, calibration recall, and ``patterns``, how `HybridHarmDetector` treated the fixed
        lexical patterns then); ``{}`` when the detector uses no classifier file."""
        return dict(self._ready().calibration)

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

    def explain(self, text: str) -> dict[str, Any]:
        """Why the rule fires or passes on ``text`` (what `EthicalConstitution.explain` and ``causaltorch ethics
        check --explain`` show): its highest-scoring piece, the scores the thresholds apply to and the nearest
        example and counter-example. ``semantic_probability`` and its threshold are left out when the rule is
        judged by its examples alone (a rule the classifier file does not know, or ``use_classifier=False``);
        with the classifier, ``pieces_to_allow`` lists what the allow list would need to hold for the text to pass
        (`pieces_to_allow`), each as ``{"piece", "span", "probability"}``."""
        pieces = self.piece_scores(text)
        score = _highest(pieces, text)
        state = self._ready()
        thresholds = {"similarity": state.s_threshold}
        out: dict[str, Any] = {"detected": score.detected, "fired_by": "semantic" if score.detected else None}
        if state.head is not None:
            out["semantic_probability"] = round(score.probability, 4)
            out["pieces_to_allow"] = _pieces_entry(self._own_pieces_to_allow(pieces))
            thresholds = {"probability": state.p_threshold, **thresholds}
        return {**out, "semantic_similarity": round(score.similarity, 4),
                "semantic_example_score": round(score.example_score, 4), "nearest_example": score.nearest_example,
                "counter_similarity": round(score.counter_similarity, 4),
                "nearest_counter_example": score.nearest_counter_example, "semantic_piece": score.piece,
                "semantic_span": list(score.span), **_allow_entry(score, state.allowed), "thresholds": thresholds}

    def check_continuation(self, text: str, new_from: int) -> Detection:
        """The verdict on a generation window whose characters from ``new_from`` on are new: only the
        sentences that reach the new text are read (`score_continuation`)."""
        return self.detection(self.score_continuation(text, new_from))

    def score_continuation(self, text: str, new_from: int) -> SemanticScore:
        """Like `score`, but reading only the sentences of ``text`` that reach ``text[new_from:]``, each cut to
        its last `CONTINUATION_TOKENS` word pieces, and not the whole window: while a text is generated,
        one piece per row changes per token (the sentence being written) and the rest come from the cache."""
        return self._score([text], [self._continuation_pieces(text, new_from)])[0]

    def prefetch_continuations(self, texts: Sequence[str], new_from: Sequence[int]) -> None:
        """Embed, in one batch, the pieces that `score_continuation` will read for each (text, new_from)."""
        state = self._ready()
        self._score_pieces({p.text for text, start in zip(texts, new_from)
                            for p, _ in self._continuation_pieces(text, start)}, state)

    def _continuation_pieces(self, text: str, new_from: int) -> list[tuple[NormalizedText, tuple[int, int]]]:
        """`_continuation_pieces`, remembered for the last few windows (a prefetch and the check that follows
        it read the same window)."""
        key = (text, new_from)
        with self._lock:
            if key in self._windows_seen:
                return self._windows_seen[key]
        pieces = _continuation_pieces(text, new_from, self.encoder)
        with self._lock:
            self._windows_seen[key] = pieces
            while len(self._windows_seen) > _WINDOWS_KEPT:
                self._windows_seen.popitem(last=False)
        return pieces

    def score_many(self, texts: Sequence[str]) -> list[SemanticScore]:
        """Verdicts on many texts, their pieces embedded in batches (pieces seen before come from the cache)."""
        if isinstance(texts, str) or not all(isinstance(t, str) for t in texts):
            raise DataError("SemanticHarmDetector.score_many takes a list of strings. Decode token ids first.")
        return self._score(texts, [_pieces(text, self.encoder) for text in texts])

    def _score(self, texts: Sequence[str],
               pieces: list[list[tuple[NormalizedText, tuple[int, int]]]]) -> list[SemanticScore]:
        state = self._ready()
        scores = self._score_pieces({p.text for ps in pieces for p, _ in ps}, state)
        results = []
        for text, text_pieces in zip(texts, pieces):
            # a piece that fires beats one that does not, and one not allowed beats an allowed one (which may
            # score higher, and must neither fire nor lend a lexical hit elsewhere in the text its support)
            results.append(_highest([_piece_score(piece.text, span, scores[piece.text], state)
                                     for piece, span in text_pieces], text))
        return results

    def piece_scores(self, text: str) -> list[SemanticScore]:
        """The verdict on each piece of ``text``: each sentence, and the whole text when it has several (windows
        over a long one). `score` reports the highest-ranking of them."""
        text = _require_text(text, "SemanticHarmDetector.piece_scores")
        state = self._ready()
        pieces = _pieces(text, self.encoder)
        scores = self._score_pieces({p.text for p, _ in pieces}, state)
        return [_piece_score(piece.text, span, scores[piece.text], state) for piece, span in pieces]

    def pieces_to_allow(self, text: str) -> list[SemanticScore]:
        """The pieces of ``text`` that this rule's ``allow`` list would need to hold for the text to pass (each
        one the classifier fires on), in the order they appear. Empty when the text passes, and when allowing
        cannot make it pass: an example catches a piece (an allow list refuses what an example catches). The
        piece `explain` reports is one of them; a text of several sentences may hold more, and each needs its own
        entry."""
        return self._own_pieces_to_allow(self.piece_scores(text))

    def _own_pieces_to_allow(self, pieces: list[SemanticScore]) -> list[SemanticScore]:
        """`pieces_to_allow` from ``pieces`` (`piece_scores`) for this detector's own verdict."""
        threshold = self._ready().p_threshold
        return self._pieces_to_allow(pieces, lambda p: p.probability >= threshold, lambda best: best.detected)

    def _pieces_to_allow(self, pieces: list[SemanticScore], counts: Callable[[SemanticScore], bool],
                         fires: Callable[[SemanticScore], bool]) -> list[SemanticScore]:
        """Of ``pieces`` (`piece_scores`), those that ``counts`` toward the verdict, are not allowed yet and that
        an allow list accepts (no example as close as its threshold), when ``fires`` (the verdict on the
        highest-ranking piece) holds now and not once they are allowed. Nothing without a classifier: then an
        allow list is refused."""
        state = self._ready()
        listed = [p for p in pieces if state.head is not None and counts(p) and not p.allowed
                  and p.similarity < state.s_threshold]
        if not listed or not fires(max(pieces, key=_rank)):
            return []
        after = [_as_allowed(p) if any(p is q for q in listed) else p for p in pieces]
        return [] if fires(max(after, key=_rank)) else sorted(listed, key=lambda p: p.span)

    def _score_pieces(self, pieces: Iterable[str], state: _State) -> dict[str, _PieceScores]:
        """The scores of ``pieces``: cached ones read, the others embedded in batches (and cached). More pieces
        than the cache holds (a long text) are all returned, the cache keeping the most recent."""
        found: dict[str, _PieceScores] = {}
        missing = set()
        with self._lock:
            for piece in pieces:
                if piece in self._cache:
                    found[piece] = self._cache[piece]
                    self._cache.move_to_end(piece)
                else:
                    missing.add(piece)
        new = sorted(missing)
        if not new:
            return found
        features = self.encoder.features(new, state.layers, self.batch_size)  # (N, 384 * layers)
        position = state.layers.index(6) if 6 in state.layers else None
        embeddings = (features[:, 384 * position:384 * (position + 1)] if position is not None
                      else self.encoder.embed(new, self.batch_size))
        probabilities = state.head.probability(features) if state.head is not None else torch.zeros(len(new))
        similarity, nearest = (embeddings @ state.example_embeddings.T).max(dim=1)  # (N, E) -> (N,)
        if len(state.counter_embeddings):
            counter, nearest_counter = (embeddings @ state.counter_embeddings.T).max(dim=1)
        else:
            counter, nearest_counter = torch.full((len(new),), -1.0), torch.full((len(new),), -1)
        if state.allow_embeddings is not None:
            allow, nearest_allowed = (embeddings @ state.allow_embeddings.T).max(dim=1)
        else:
            allow, nearest_allowed = torch.full((len(new),), -1.0), torch.full((len(new),), -1)
        same = [state.allow_words.get(_words(piece), -1) if state.allow_words else -1 for piece in new]
        with self._lock:
            for n, (piece, p, s, i, c, j, a, k, w) in enumerate(zip(
                    new, probabilities.tolist(), similarity.tolist(), nearest.tolist(), counter.tolist(),
                    nearest_counter.tolist(), allow.tolist(), nearest_allowed.tolist(), same)):
                if w >= 0 and w != k:  # the allowed text with the same words is the one to name
                    a, k = float(embeddings[n] @ state.allow_embeddings[w]), w
                found[piece] = self._cache[piece] = _PieceScores(p, s, i, c, j, a, k, w >= 0)
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return found

    def prefetch(self, texts: Sequence[str]) -> None:
        """Embed the pieces of ``texts`` in one batch now, so that the checks that follow read the cache."""
        state = self._ready()
        self._score_pieces({p.text for text in texts for p, _ in _pieces(text, self.encoder)}, state)

    def __repr__(self) -> str:
        return f"SemanticHarmDetector(rule={self.rule!r}, classifier={self.classifier_path.name!r})"


def _piece_score(piece: str, span: tuple[int, int], scores: _PieceScores, state: _State) -> SemanticScore:
    """One piece's verdict from its cached scores and the rule's thresholds and allow list."""
    p, s, nearest, c, nearest_counter, a, nearest_allowed, same_words = scores
    p_ratio = p / state.p_threshold if state.head is not None else 0.0
    e = _example_score(s, c)
    s_ratio = e / state.s_threshold if state.s_threshold > 0 else float(e > 0)
    allowed = (same_words or a >= state.allow_similarity) and a > s
    if allowed:  # the allow list overrides the classifier; the rule's own examples still fire
        p_ratio = 0.0
    fired_by = ("classifier" if p_ratio >= 1 and p_ratio >= s_ratio else
                "example" if s_ratio >= 1 else "classifier" if p_ratio >= 1 else None)
    return SemanticScore(fired_by is not None, p, s, state.examples[nearest], piece, span, fired_by, p_ratio, s_ratio,
                         c, state.counter_examples[nearest_counter] if nearest_counter >= 0 else None,
                         a, state.allowed[nearest_allowed] if nearest_allowed >= 0 else None, allowed)


def _rank(score: SemanticScore) -> tuple[bool, bool, float]:
    return score.detected, not score.allowed, score.score


def _highest(pieces: list[SemanticScore], text: str) -> SemanticScore:
    """The verdict a text gets from its pieces' (`_rank`): an empty one for a text without pieces."""
    return max(pieces, key=_rank) if pieces else SemanticScore(False, 0.0, 0.0, None, "", (0, len(text)), None)


def _as_allowed(score: SemanticScore) -> SemanticScore:
    """``score`` as it would read with its piece on the allow list: the classifier not asked, the examples still
    read (as in `_piece_score`)."""
    by_example = score._s_ratio >= 1
    return replace(score, detected=by_example, fired_by="example" if by_example else None, _p_ratio=0.0,
                   allow_similarity=1.0, nearest_allowed=score.piece, allowed=True)


def _pieces_entry(pieces: Iterable[SemanticScore]) -> list[dict[str, Any]]:
    """`SemanticHarmDetector.pieces_to_allow` as an explanation lists them."""
    return [{"piece": p.piece, "span": list(p.span), "probability": round(p.probability, 4)} for p in pieces]


def _allow_entry(score: SemanticScore, allowed: tuple[str, ...]) -> dict[str, Any]:
    """The allow list's part of an explanation: whether the reported piece was allowed, and its nearest allowed
    text (nothing when the rule has no allow list)."""
    if not allowed:
        return {}
    return {"allowed": score.allowed, "allow_similarity": round(score.allow_similarity, 4),
            "nearest_allowed": score.nearest_allowed}


def _file_list(stored: dict[str, tuple[tuple[str, ...], Tensor]], rule: str,
               bundled: Callable[[str], list[str]]) -> tuple[str, ...]:
    """The example (or counter-example) list a classifier file was calibrated with: the texts it stores for ``rule``
    (normalised, as embedded), shown in their written form when they are the bundled list's (the shipped file);
    the bundled list when the file stores none."""
    texts = stored.get(rule, ((), None))[0]
    if not texts:
        return tuple(bundled(rule))  # raises for a rule without a bundled example list
    try:
        written = tuple(bundled(rule))
    except RuleValidationError:
        written = ()
    return written if {_normalize(t) for t in written} == set(texts) else tuple(texts)


def _normalize(text: str) -> str:
    return matching_views(text)[0].text.strip()


def _words(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower-cased (letters and digits; punctuation, spaces and case aside)."""
    return tuple(_WORDS.findall(text.casefold()))


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


def _continuation_pieces(text: str, new_from: int,
                         encoder: SentenceEncoder) -> list[tuple[NormalizedText, tuple[int, int]]]:
    """The sentences of ``text`` (every view of `matching_views`) whose span reaches ``text[new_from:]``, each cut
    to its last `CONTINUATION_TOKENS` word pieces."""
    pieces: dict[str, tuple[NormalizedText, tuple[int, int]]] = {}
    for view in matching_views(text):
        for match in _SENTENCE.finditer(view.text):
            body = match.group().strip()
            if not body:
                continue
            offset = match.start() + match.group().index(body)
            span = _original_span(view, offset, offset + len(body))
            if span[1] <= new_from:
                continue
            cut = _tail(body, encoder)
            span = _original_span(view, offset + len(body) - len(cut), offset + len(body))
            if cut not in pieces:
                pieces[cut] = (NormalizedText.identity(cut), span)
    return list(pieces.values())


def _tail(body: str, encoder: SentenceEncoder) -> str:
    """The last `CONTINUATION_TOKENS` word pieces of ``body`` (all of it when shorter)."""
    if len(body) <= CONTINUATION_TOKENS:  # a word piece covers at least one character
        return body
    offsets = encoder.tokenizer.encode(body, add_special_tokens=False).offsets
    if len(offsets) <= CONTINUATION_TOKENS:
        return body
    return body[offsets[-CONTINUATION_TOKENS][0]:]


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

