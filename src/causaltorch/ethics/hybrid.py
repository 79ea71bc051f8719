"""The default harmful-content detector when the ``ethics-semantic`` extra is installed: lexical + semantic.

`HybridHarmDetector` fires when

- the `SemanticHarmDetector` fires on its own (the paraphrases no pattern anticipates: recall), or
- a lexical hit is confirmed by the semantic detector: a classifier probability of at least ``borderline``
  (0.5) times its threshold, or an example score within 0.1 of its threshold (so "kill the process" stays
  benign: precision). Both are read from the text's highest-ranking piece, and a piece on the semantic detector's
  ``allow`` list ranks below every piece that is not, so it lends support only when every piece is allowed, and
  then only by its example score. A borderline hit (a harm term that merely co-occurs with a request cue in a
  sentence) always needs that support; a fixed harm pattern of `EthicalTextFilter.check_harmful_content` (a specific
  phrasing: strong) needs it when ``confirm_patterns`` is on, and fires alone when it is off.

``confirm_patterns`` follows the classifier file by default: its thresholds were chosen for one of the two
(revisions 8 to 12, the shipped file, confirm patterns: on the untouched splits the patterns alone added no recall
and caused most false positives; files without the record, revision 7 and earlier, do not). It governs checks of
whole texts; while text is generated a pattern fires alone unless ``confirm_patterns_in_generation`` (a false
positive there costs one redraw). The exception is a text that reads as one on the semantic detector's ``allow``
list (every piece of it): the user said it must pass, so there its fixed patterns need an example's support like a
borderline hit, whole or generated (with an allow list, the generation screen asks the encoder about a window that
holds a pattern).

``explain(text)`` reports every detector's verdict, score and the nearest example. The semantic detector
loads on first use; if it cannot (a corrupt classifier file), the check raises and the constitution holding
the rule blocks the text (it fails closed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from causaltorch._validate import fraction
from causaltorch.errors import DataError
from causaltorch.ethics.filters import Detection, EthicalTextFilter, _detection, _require_text, harmful_content_parts
from causaltorch.ethics.semantic import SemanticHarmDetector, SemanticScore, _allow_entry, _highest, _pieces_entry

__all__ = ["HarmExplanation", "HybridHarmDetector"]

_SIMILARITY_MARGIN = 0.1  # a borderline lexical hit is confirmed by an example this close to the threshold


@dataclass(frozen=True)
class HarmExplanation:
    """Why `HybridHarmDetector` decided as it did on one text."""

    detected: bool
    fired_by: str | None  # "lexical" (a pattern alone), "semantic", "lexical+semantic" (a confirmed hit) or None
    lexical_patterns: tuple[tuple[int, int, str], ...]  # strong lexical matches (start, end, category)
    lexical_borderline: tuple[tuple[int, int, str], ...]  # co-occurrence sentences
    semantic: SemanticScore
    thresholds: dict[str, float]
    allowed: tuple[str, ...] = ()  # the semantic detector's allow list
    pieces_to_allow: tuple[SemanticScore, ...] = ()  # what the allow list needs for the text to pass

    def as_dict(self) -> dict[str, Any]:
        return {"detected": self.detected, "fired_by": self.fired_by,
                "lexical_patterns": [list(x) for x in self.lexical_patterns],
                "lexical_borderline": [list(x) for x in self.lexical_borderline],
                "semantic_probability": round(self.semantic.probability, 4),
                "semantic_similarity": round(self.semantic.similarity, 4),
                "semantic_example_score": round(self.semantic.example_score, 4),
                "nearest_example": self.semantic.nearest_example,
                "counter_similarity": round(self.semantic.counter_similarity, 4),
                "nearest_counter_example": self.semantic.nearest_counter_example,
                "semantic_piece": self.semantic.piece, "semantic_span": list(self.semantic.span),
                "pieces_to_allow": _pieces_entry(self.pieces_to_allow),
                **_allow_entry(self.semantic, self.allowed), "thresholds": self.thresholds}


class HybridHarmDetector:
    """Semantic OR (a lexical hit AND semantic support); fixed patterns alone when ``confirm_patterns`` is off.

    Args:
        semantic: the `SemanticHarmDetector` to consult (default: the shipped ``no_harm`` one, loaded lazily).
        borderline: fraction of the classifier's probability threshold that confirms a lexical hit.
        confirm_patterns: whether a fixed harm pattern needs semantic support like a borderline hit. None (the
            default): as the classifier file's thresholds were calibrated (its ``patterns`` record,
            `SemanticHarmDetector.calibration`; read when the first text is checked).
        confirm_patterns_in_generation: whether ``confirm_patterns`` also holds while text is generated
            (`check_continuation`, `screen_continuation`). Off by default: there a false positive costs one redraw
            of a sentence and a miss emits the phrase, so a fixed pattern fires alone and a generator never writes
            one (with revision 9, "Tell me how to fix a bomb." would pass the confirmed check: classifier
            probability 0.40, support needs 0.41).
    """

    applies_to = "text"
    flagged_terms = EthicalTextFilter.check_harmful_content.flagged_terms

    def __init__(self, semantic: SemanticHarmDetector | None = None, *, borderline: float = 0.5,
                 confirm_patterns: bool | None = None, confirm_patterns_in_generation: bool = False):
        fraction("borderline", borderline)
        if confirm_patterns is not None and not isinstance(confirm_patterns, bool):
            raise DataError(f"confirm_patterns must be True, False or None (as the classifier file was "
                            f"calibrated), got {confirm_patterns!r}.")
        if not isinstance(confirm_patterns_in_generation, bool):
            raise DataError(f"confirm_patterns_in_generation must be True or False, got "
                            f"{confirm_patterns_in_generation!r}.")
        self.semantic = semantic if semantic is not None else SemanticHarmDetector("no_harm")
        self.borderline = float(borderline)
        self._confirm_patterns = confirm_patterns
        self.confirm_patterns_in_generation = confirm_patterns_in_generation

    @property
    def confirm_patterns(self) -> bool:
        """Whether fixed patterns need semantic support (resolving None from the classifier file)."""
        if self._confirm_patterns is None:
            self._confirm_patterns = self.semantic.calibration.get("patterns") == "confirmed"
        return self._confirm_patterns

    @property
    def _confirm_while_generating(self) -> bool:
        return self.confirm_patterns_in_generation and self.confirm_patterns

    def __call__(self, text: str) -> Detection:
        text = _require_text(text, "HybridHarmDetector")
        patterns, sentences = harmful_content_parts(text)
        if patterns and not self.confirm_patterns and not self.semantic.allowed:  # no need to ask the encoder
            return _detection(patterns + sentences, "harmful content")
        return self._decide(patterns, sentences, self.semantic.score(text))[0]

    def check_continuation(self, text: str, new_from: int) -> Detection:
        """The verdict on a generation window (``text[new_from:]`` is new): the lexical detectors read it all,
        the semantic one only the sentences that reach the new text (`SemanticHarmDetector.score_continuation`).
        A fixed pattern fires alone here unless ``confirm_patterns_in_generation``."""
        text = _require_text(text, "HybridHarmDetector.check_continuation")
        patterns, sentences = harmful_content_parts(text)
        confirm = self._confirm_while_generating
        if patterns and not confirm and not self.semantic.allowed:
            return _detection(patterns + sentences, "harmful content")
        return self._decide(patterns, sentences, self.semantic.score_continuation(text, new_from), confirm)[0]

    def screen_continuation(self, text: str, new_from: int) -> Detection:
        """The cheap look `EthicalConstitution.screen_continuation` takes while text is generated: the fixed harm
        patterns (by default never the encoder). Without a pattern it passes (a borderline hit or a paraphrase
        waits for the full check at the sentence's end); with one it rejects, or, with
        ``confirm_patterns_in_generation``, it is `check_continuation` (the encoder runs only on the rare window
        holding a pattern). So the screen rejects only what `check_continuation` rejects on the same text."""
        text = _require_text(text, "HybridHarmDetector.screen_continuation")
        patterns, _ = harmful_content_parts(text)
        if not patterns:
            return Detection(False, None)
        if not self._confirm_while_generating and not self.semantic.allowed:
            return _detection(patterns, "harmful content")
        return self.check_continuation(text, new_from)

    def prefetch_continuations(self, texts: list[str], new_from: list[int]) -> None:
        """Embed the pieces `check_continuation` will read for each window, in one batch."""
        self.semantic.prefetch_continuations(texts, new_from)

    def explain(self, text: str) -> HarmExplanation:
        """Every detector's verdict on ``text`` (the semantic one is always run), and what the semantic detector's
        allow list would need to hold for the text to pass (`pieces_to_allow`)."""
        text = _require_text(text, "HybridHarmDetector.explain")
        patterns, sentences = harmful_content_parts(text)
        pieces = self.semantic.piece_scores(text)
        score = _highest(pieces, text)
        detection, fired_by = self._decide(patterns, sentences, score)
        return HarmExplanation(detection.detected, fired_by, tuple(patterns), tuple(sentences), score,
                               {**self.semantic.thresholds, "borderline": self.borderline,
                                "confirm_patterns": self.confirm_patterns}, self.semantic.allowed,
                               tuple(self._pieces_to_allow(patterns, sentences, pieces)))

    def pieces_to_allow(self, text: str) -> list[SemanticScore]:
        """The pieces of ``text`` the semantic detector's ``allow`` list would need to hold for the text to pass,
        in the order they appear: each piece the classifier fires on and, when the text holds a lexical hit, each
        that would lend it support (an allowed piece lends none). Empty when the text passes, and when allowing
        cannot make it pass (an example catches a piece: an allow list refuses what an example catches)."""
        text = _require_text(text, "HybridHarmDetector.pieces_to_allow")
        patterns, sentences = harmful_content_parts(text)
        return self._pieces_to_allow(patterns, sentences, self.semantic.piece_scores(text))

    def _pieces_to_allow(self, patterns: list, sentences: list, pieces: list[SemanticScore]) -> list[SemanticScore]:
        thresholds = self.semantic.thresholds
        if patterns or sentences:  # an allowed piece lends a hit no support, by the classifier or by an example
            def counts(p: SemanticScore) -> bool:
                return (p.probability >= self.borderline * thresholds["probability"]
                        or p.example_score >= thresholds["similarity"] - _SIMILARITY_MARGIN)
        else:
            def counts(p: SemanticScore) -> bool:
                return p.probability >= thresholds["probability"]
        return self.semantic._pieces_to_allow(pieces, counts,
                                              lambda best: self._decide(patterns, sentences, best)[0].detected)

    def prefetch(self, texts: list[str]) -> None:
        """Embed ``texts`` in one batch (`SemanticHarmDetector.prefetch`) so the checks that follow are cached."""
        self.semantic.prefetch(texts)

    def _decide(self, patterns: list, sentences: list, score: SemanticScore,
                confirm: bool | None = None) -> tuple[Detection, str | None]:
        # a fixed pattern fires alone unless confirmed, or unless the text reads as an allowed one: the user said
        # it must pass, so the pattern then needs support like a borderline hit (an example's, not the classifier's)
        if patterns and not (self.confirm_patterns if confirm is None else confirm) and not score.allowed:
            return _detection(patterns + sentences, "harmful content"), "lexical"
        hits = patterns + sentences
        if score.detected:
            semantic = self.semantic.detection(score)
            if not hits:
                return semantic, "semantic"
            lexical = _detection(hits, "harmful content")  # both saw it: the reason names the pattern's category too
            spans, labels = _merged(lexical, semantic)
            return Detection(True, f"{lexical.reason}; {semantic.reason}", spans, labels), "semantic"
        thresholds = self.semantic.thresholds
        if hits and ((not score.allowed and score.probability >= self.borderline * thresholds["probability"]) or
                     score.example_score >= thresholds["similarity"] - _SIMILARITY_MARGIN):
            detection = _detection(hits, "harmful content")
            return Detection(True, f"{detection.reason}; confirmed by the semantic detector (probability "
                                   f"{score.probability:.2f}, similarity {score.similarity:.2f})",
                             detection.spans, detection.labels), "lexical+semantic"
        return Detection(False, None), None

    def __repr__(self) -> str:
        return (f"HybridHarmDetector({self.semantic!r}, borderline={self.borderline}, "
                f"confirm_patterns={self._confirm_patterns}, "
                f"confirm_patterns_in_generation={self.confirm_patterns_in_generation})")


def _merged(first: Detection, second: Detection) -> tuple[list, list]:
    """``first``'s spans and labels with those of ``second`` added: a span of ``second`` that holds or lies inside
    one of ``first``'s is merged into it (the larger of the two, with ``first``'s label), so that when the pattern
    and the classifier flag the same sentence (the classifier's piece may add its full stop) a report names it once,
    and no merged span ends before either of the two did."""
    spans, labels = list(first.spans), list(first.labels)
    for (start, end), label in zip(second.spans, second.labels):
        nested = next((i for i, (s, e) in enumerate(spans) if s <= start and end <= e or start <= s and e <= end),
                      None)
        if nested is None:
            spans.append((start, end))
            labels.append(label)
        else:
            s, e = spans[nested]
            spans[nested] = (min(s, start), max(e, end))
    return spans, labels
