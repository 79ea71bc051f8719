"""Causal rules mined from text: "X causes Y", "if X then Y", "X leads to Y", "Y because of X" ….

Each sentence is matched against a small set of causal patterns; the phrases on either side become
variables (lower case, words joined by ``_``, leading articles dropped, so "Heavy rain" → ``heavy_rain``,
the form the text layer turns back into "heavy rain"). A negated statement ("X does not cause Y") is
never counted as support; it counts against the pair. Mentions become strengths by shrinkage:
``strength = support / (support + against + 1)`` — one mention gives 0.5, three give 0.75, and each
denial weakens the rule. A pair whose denials match or outnumber its support is left out.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from causaltorch import _validate
from causaltorch.errors import CausalGraphError, RuleValidationError
from causaltorch.rules import CausalRule, CausalRuleSet

__all__ = ["CausalTextMiner", "CausalMention", "mine_rules"]

log = logging.getLogger(__name__)

_WORD = r"[A-Za-z0-9][\w'-]*"
_PHRASE = rf"{_WORD}(?:\s+{_WORD}){{0,5}}"
# The phrase before the causal words is matched lazily, so that "X does not cause Y" reads X = "X" and
# the negation "does not", rather than X = "X does" and "not".
_FIRST = rf"{_WORD}(?:\s+{_WORD}){{0,5}}?"
_NOT = r"(?:does\s+not|doesn't|do\s+not|don't|did\s+not|didn't|cannot|can\s+not|can't|will\s+not|won't|never|not)"

# (regex, cause group, effect group, negated). Patterns are tried in order; the first match in a clause wins.
_PATTERNS: list[tuple[re.Pattern[str], str, str, bool]] = [
    (re.compile(rf"(?P<a>{_FIRST})\s+{_NOT}\s+(?:cause|lead\s+to|result\s+in|trigger|produce)\s+"
                rf"(?P<b>{_PHRASE})", re.I),
     "a", "b", True),
    (re.compile(rf"(?P<b>{_FIRST})\s+(?:is|are|was|were)\s+not\s+(?:caused|triggered|produced)\s+by\s+"
                rf"(?P<a>{_PHRASE})", re.I),
     "a", "b", True),
    (re.compile(rf"(?P<b>{_FIRST})\s+(?:is|are|was|were)\s+(?:caused|triggered|produced)\s+by\s+"
                rf"(?P<a>{_PHRASE})", re.I),
     "a", "b", False),
    (re.compile(rf"\bif\s+(?P<a>{_PHRASE})\s*,?\s+then\s+(?P<b>{_PHRASE})", re.I), "a", "b", False),
    (re.compile(rf"(?P<b>{_FIRST})\s+(?:because\s+of|due\s+to|because)\s+(?P<a>{_PHRASE})", re.I), "a", "b", False),
    (re.compile(rf"(?P<a>{_FIRST})\s+(?:(?:can|may|will|often|usually|always)\s+)?"
                rf"(?:causes?|caused|leads?\s+to|led\s+to|results?\s+in|resulted\s+in|triggers?|triggered|produces?|produced)"
                rf"\s+(?P<b>{_PHRASE})", re.I), "a", "b", False),
]

# A word every pattern above needs (a prefix of it): the cheap test before the patterns are searched.
_CUES = re.compile(r"caus|lead|led|result|trigger|produc|because|due|then", re.I)

# Words that end a phrase: a cause phrase keeps the words after the last of them, an effect phrase
# the words before the first.
_BOUNDARY = {
    "and", "or", "but", "so", "that", "which", "who", "when", "while", "where", "as", "since", "although",
    "in", "on", "at", "for", "with", "from", "into", "during", "after", "before", "over", "under", "of", "to",
    "by", "than", "if", "then", "because", "is", "are", "was", "were", "be", "been", "it", "they", "this",
    "these", "those", "there", "can", "may", "will", "often", "usually", "always", "also", "not", "does",
    "do", "did", "never", "due", "sometimes", "occasionally", "generally", "frequently", "typically",
    "eventually",
}
_LEADING = {"the", "a", "an", "some", "any", "its", "their", "his", "her", "our", "my", "your", "much", "more"}


@dataclass(frozen=True)
class CausalMention:
    """One causal statement found in text."""

    cause: str
    effect: str
    negated: bool
    sentence: str


def _variable(words: list[str]) -> str:
    return "_".join(w.lower().strip("'-") for w in words)


def _without_articles(words: list[str]) -> list[str]:
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    return words


def _phrase_before(text: str, max_words: int) -> str:
    """The words after the last boundary word (those nearest what follows), at most ``max_words``."""
    words = text.split()
    for position in range(len(words) - 1, -1, -1):
        if words[position].lower() in _BOUNDARY:
            words = words[position + 1:]
            break
    return _variable(_without_articles(words[-max_words:]))


def _phrase_after(text: str, max_words: int) -> str:
    """The words before the first boundary word, without leading articles, at most ``max_words``."""
    words = text.split()
    for position, word in enumerate(words):
        if word.lower() in _BOUNDARY:
            words = words[:position]
            break
    return _variable(_without_articles(words)[:max_words])


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+|\n+", text) if s.strip()]


@dataclass
class CausalTextMiner:
    """Finds causal statements in text and turns their counts into a `CausalRuleSet`.

    Args:
        max_words: longest phrase kept on either side (the words nearest the causal verb).
        min_support: mentions a pair needs (after subtracting nothing) to become a rule.
        synonyms: ``{variable: [other phrases]}`` merged into one variable (``{"rain": ["rainfall"]}``).
    """

    max_words: int = 3
    min_support: int = 1
    synonyms: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _validate.positive_int("max_words", self.max_words, error=RuleValidationError)
        _validate.positive_int("min_support", self.min_support, error=RuleValidationError)
        self._alias = {
            _variable(_without_articles(phrase.split())): name
            for name, phrases in self.synonyms.items() for phrase in [name.replace("_", " "), *phrases]
        }
        self._longest = max((key.count("_") + 1 for key in self._alias), default=0)

    def _known(self, words: list[str], at_start: bool) -> str | None:
        """The variable whose longest known form starts (or ends) ``words``, if any."""
        for size in range(min(len(words), self._longest), 0, -1):
            key = _variable(_without_articles(words[:size] if at_start else words[-size:]))
            if key in self._alias:
                return self._alias[key]
        return None

    def _phrase(self, text: str, follows: bool) -> str:
        """The variable a phrase names: a known form (synonyms) first, else the words by the causal
        verb up to a boundary word (``follows``: the phrase comes after the verb)."""
        words = text.split()
        known = self._known(_without_articles(words) if follows else words, at_start=follows)
        if known is not None:
            return known
        phrase = _phrase_after(text, self.max_words) if follows else _phrase_before(text, self.max_words)
        return self._alias.get(phrase, phrase)

    def mentions(self, text: str) -> list[CausalMention]:
        """Every causal statement in ``text``, one per clause, in reading order."""
        found = []
        seen: dict[str, tuple[str, str, bool] | None] = {}  # a clause repeated is read once
        for sentence in _sentences(text):
            for clause in re.split(r"[,:]\s+(?=(?:and|but|while|whereas)\b)|\s*;\s*", sentence.rstrip(".!?")):
                if clause not in seen:
                    # Every pattern needs one of the causal words: a clause without any is not searched.
                    seen[clause] = self._match(clause) if _CUES.search(clause) else None
                if seen[clause] is not None:
                    found.append(CausalMention(*seen[clause], sentence))
        return found

    def _match(self, clause: str) -> tuple[str, str, bool] | None:
        """(cause, effect, negated) of the first pattern that matches ``clause``, or None."""
        for pattern, cause_group, effect_group, negated in _PATTERNS:
            match = pattern.search(clause)
            if match is None:
                continue
            if pattern.pattern.startswith("(?P<b>"):
                # "Y because of X", "Y is caused by X": the effect is the clause's subject, the cause follows.
                cause = self._phrase(match.group(cause_group), follows=True)
                effect = self._phrase(match.group(effect_group), follows=True)
            else:
                cause = self._phrase(match.group(cause_group), follows=False)
                effect = self._phrase(match.group(effect_group), follows=True)
            if not cause or not effect or cause == effect:
                return None
            return cause, effect, negated
        return None

    def mine(self, texts: str | Iterable[str]) -> CausalRuleSet:
        """Rules supported by ``texts`` (one string or many) → a `CausalRuleSet`.

        ``metadata`` of each rule: ``support`` (mentions), ``against`` (negated mentions) and
        ``example`` (the first supporting sentence). Pairs are added strongest first; one that would
        close a cycle with stronger rules is left out and logged.
        """
        if isinstance(texts, str):
            texts = [texts]
        support: Counter[tuple[str, str]] = Counter()
        against: Counter[tuple[str, str]] = Counter()
        example: dict[tuple[str, str], str] = {}
        for text in texts:
            if not isinstance(text, str):
                raise RuleValidationError(f"mine() takes text (a string or strings), got {type(text).__name__}.")
            for mention in self.mentions(text):
                pair = (mention.cause, mention.effect)
                if mention.negated:
                    against[pair] += 1
                else:
                    support[pair] += 1
                    example.setdefault(pair, mention.sentence)
        ruleset = CausalRuleSet(name="mined from text")
        kept = [p for p in support if support[p] >= self.min_support and support[p] > against[p]]
        kept.sort(key=lambda p: (-(support[p] - against[p]), -support[p], p))
        for cause, effect in kept:
            pair = (cause, effect)
            strength = support[pair] / (support[pair] + against[pair] + 1)
            metadata: dict[str, Any] = {"support": support[pair], "against": against[pair], "example": example[pair]}
            try:
                ruleset.add_rule(CausalRule(cause, effect, round(strength, 6), metadata=metadata))
            except CausalGraphError as exc:
                log.warning("mine: left out %s -> %s: %s", cause, effect, exc)
        return ruleset


def mine_rules(texts: str | Iterable[str], **options: Any) -> CausalRuleSet:
    """`CausalTextMiner(**options).mine(texts)`."""
    return CausalTextMiner(**options).mine(texts)


def __getattr__(name: str) -> Any:
    # `CausalDiscoveryModule` lived here before it gained a learned extractor; the old path keeps working.
    if name == "CausalDiscoveryModule":
        from causaltorch.discovery.neural import CausalDiscoveryModule

        return CausalDiscoveryModule
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
