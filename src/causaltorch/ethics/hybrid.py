"""The default harmful-content detector when the ``ethics-semantic`` extra is installed: lexical + semantic.

`HybridHarmDetector` fires when

- a fixed harm pattern of `EthicalTextFilter.check_harmful_content` matches (a specific phrasing: strong), or
- the `SemanticHarmDetector` fires on its own (the paraphrases no pattern anticipates: recall), or
- a borderline lexical hit (a harm term that merely co-occurs with a request cue in a sentence) is confirmed
  by the semantic detector: a classifier probability of at least ``borderline`` (0.5) times its threshold, or
  an example score within 0.1 of its threshold (so "kill the process" stays benign: precision).

``explain(text)`` reports every detector's verdict, score and the nearest example. The semantic detector
loads on first use; if it cannot (a corrupt classifier file), the check raises and the constitution holding
the rule blocks the text (it fails closed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from causaltorch._validate import fraction
from causaltorch.ethics.filters import Detection, EthicalTextFilter, _detection, _require_text, harmful_content_parts
from causaltorch.ethics.semantic import SemanticHarmDetector, SemanticScore

__all__ = ["HarmExplanation", "HybridHarmDetector"]

_SIMILARITY_MARGIN = 0.1  # a borderline lexical hit is confirmed by an example this close to the threshold


@dataclass(frozen=True)
class HarmExplanation:
    """Why `HybridHarmDetector` decided as it did on one text."""

    detected: bool
    fired_by: str | None  # "lexical", "semantic", "lexical+semantic" (a confirmed borderline hit) or None
    lexical_patterns: tuple[tuple[int, int, str], ...]  # strong lexical matches (start, end, category)
    lexical_borderline: tuple[tuple[int, int, str], ...]  # co-occurrence sentences
    semantic: SemanticScore
    thresholds: dict[str, float]

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
                "semantic_piece": self.semantic.piece,
                "thresholds": self.thresholds}


class HybridHarmDetector:
    """Lexical patterns OR the semantic detector OR (borderline lexical AND semantic agreement).

    Args:
        semantic: the `SemanticHarmDetector` to consult (default: the shipped ``no_harm`` one, loaded lazily).
        borderline: fraction of the classifier's probability threshold that confirms a borderline lexical hit.
    """

    applies_to = "text"
    flagged_terms = EthicalTextFilter.check_harmful_content.flagged_terms

    def __init__(self, semantic: SemanticHarmDetector | None = None, *, borderline: float = 0.5):
        fraction("borderline", borderline)
        self.semantic = semantic if semantic is not None else SemanticHarmDetector("no_harm")
        self.borderline = float(borderline)

    def __call__(self, text: str) -> Detection:
        text = _require_text(text, "HybridHarmDetector")
        patterns, sentences = harmful_content_parts(text)
        if patterns:  # a specific harmful phrasing: no need to ask the encoder
            return _detection(patterns + sentences, "harmful content")
        return self._decide(text, patterns, sentences, self.semantic.score(text))[0]

    def check_continuation(self, text: str, new_from: int) -> Detection:
        """The verdict on a generation window (``text[new_from:]`` is new): the lexical detectors read it all,
        the semantic one only the sentences that reach the new text (`SemanticHarmDetector.score_continuation`)."""
        text = _require_text(text, "HybridHarmDetector.check_continuation")
        patterns, sentences = harmful_content_parts(text)
        if patterns:
            return _detection(patterns + sentences, "harmful content")
        return self._decide(text, patterns, sentences, self.semantic.score_continuation(text, new_from))[0]

    def screen_continuation(self, text: str, new_from: int) -> Detection:
        """The fixed harm patterns alone, without the encoder: the cheap look `EthicalConstitution.screen_continuation`
        takes while text is generated. A pattern fires this detector whatever the encoder says, so the screen
        rejects only what `check_continuation` rejects; a borderline lexical hit needs the encoder and waits for it."""
        patterns, _ = harmful_content_parts(_require_text(text, "HybridHarmDetector.screen_continuation"))
        return _detection(patterns, "harmful content") if patterns else Detection(False, None)

    def prefetch_continuations(self, texts: list[str], new_from: list[int]) -> None:
        """Embed the pieces `check_continuation` will read for each window, in one batch."""
        self.semantic.prefetch_continuations(texts, new_from)

    def explain(self, text: str) -> HarmExplanation:
        """Every detector's verdict on ``text`` (the semantic one is always run)."""
        text = _require_text(text, "HybridHarmDetector.explain")
        patterns, sentences = harmful_content_parts(text)
        score = self.semantic.score(text)
        detection, fired_by = self._decide(text, patterns, sentences, score)
        return HarmExplanation(detection.detected, fired_by, tuple(patterns), tuple(sentences), score,
                               {**self.semantic.thresholds, "borderline": self.borderline})

    def prefetch(self, texts: list[str]) -> None:
        """Embed ``texts`` in one batch (`SemanticHarmDetector.prefetch`) so the checks that follow are cached."""
        self.semantic.prefetch(texts)

    def _decide(self, text: str, patterns: list, sentences: list, score: SemanticScore) -> tuple[Detection, str | None]:
        if patterns:
            return _detection(patterns + sentences, "harmful content"), "lexical"
        if score.detected:
            return self.semantic.detection(score), "semantic"
        thresholds = self.semantic.thresholds
        if sentences and (score.probability >= self.borderline * thresholds["probability"] or
                          score.example_score >= thresholds["similarity"] - _SIMILARITY_MARGIN):
            detection = _detection(sentences, "harmful content")
            return Detection(True, f"{detection.reason}; confirmed by the semantic detector (probability "
                                   f"{score.probability:.2f}, similarity {score.similarity:.2f})",
                             detection.spans, detection.labels), "lexical+semantic"
        return Detection(False, None), None

    def __repr__(self) -> str:
        return f"HybridHarmDetector({self.semantic!r}, borderline={self.borderline})"
