"""Counterfactual text: rewrite a short story under ``do()`` (the TimeTravel task of Qin et al. 2019, on rules).

``rewrite_counterfactual(rules, "It rained, so the ground got wet.", {"rain": 0})`` →
``"It did not rain, so the ground did not get wet."``: every clause is checked against the rules' SCM
under the intervention. A clause stating a variable the intervention sets to 0, or an effect whose
intensity falls to ``suppress_below`` or less once the stated causes are re-propagated, is negated; every
other clause is kept word for word (minimal edits). The negation is rule-based (`negate_clause`): a stated
noun phrase becomes "no …", a clause with a verb gets "not" after its auxiliary or "did/does not" before
the verb's stem. Only what the rules connect to the intervention changes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import torch

from causaltorch.errors import DataError
from causaltorch.layers import CausalSymbolicLayer
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.text.surface_forms import SurfaceFormMatcher, realisations, whole_word_pattern

__all__ = ["CounterfactualRewrite", "negate_clause", "rewrite_counterfactual"]

SUPPRESS_BELOW = 0.01
_AUXILIARIES = {"is", "are", "was", "were", "had", "has", "have", "can", "could", "will", "would", "should",
                "must", "may", "might"}
_IRREGULAR = {  # past or 3rd person -> (do-form, stem)
    "got": ("did", "get"), "gets": ("does", "get"), "became": ("did", "become"), "becomes": ("does", "become"),
    "went": ("did", "go"), "goes": ("does", "go"), "fell": ("did", "fall"), "falls": ("does", "fall"),
    "froze": ("did", "freeze"), "freezes": ("does", "freeze"), "broke": ("did", "break"),
    "breaks": ("does", "break"), "burst": ("did", "burst"), "bursts": ("does", "burst"), "grew": ("did", "grow"),
    "grows": ("does", "grow"), "made": ("did", "make"), "makes": ("does", "make"), "began": ("did", "begin"),
    "begins": ("does", "begin"), "rose": ("did", "rise"), "rises": ("does", "rise"), "struck": ("did", "strike"),
    "strikes": ("does", "strike"), "blew": ("did", "blow"), "blows": ("does", "blow"), "shook": ("did", "shake"),
    "caught": ("did", "catch"), "catches": ("does", "catch"), "ran": ("did", "run"), "runs": ("does", "run"),
    "turned": ("did", "turn"), "turns": ("does", "turn"), "did": ("did", "do"), "does": ("does", "do"),
    "kept": ("did", "keep"), "keeps": ("does", "keep"), "came": ("did", "come"), "comes": ("does", "come"),
    "took": ("did", "take"), "takes": ("does", "take"), "ate": ("did", "eat"), "drank": ("did", "drink"),
    "created": ("did", "create"),
}
_DETERMINERS = {"the", "a", "an", "my", "our", "your", "his", "her", "their", "its", "this", "that", "some"}
_SUBORDINATORS = {"if", "when", "because", "after", "since", "as", "once", "whenever", "then"}
_COORDINATORS = {"and", "but", "or", "so", "then", "that"}  # "… and the roads get slippery": a clause follows
_BE = {"is", "are", "was", "were"}
_IRREGULAR.update({verb: ("do", verb) for verb in (  # plural present: "the roads get slippery"
    "get", "become", "go", "fall", "freeze", "break", "grow", "make", "begin", "rise", "turn", "flood", "stop")})
_CLAUSE_SPLIT = re.compile(r"(,\s*(?:so|and|and then|then|which meant that|because)?\s+|\.\s*|;\s*|\bso\s+)")


def _stem(word: str) -> tuple[str, str] | None:
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if lower.endswith("ied") and len(lower) > 4:
        return "did", lower[:-3] + "y"
    if lower.endswith("ed") and len(lower) > 3:
        stem = lower[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            stem = stem[:-1]  # stopped -> stop
        elif lower.endswith(("ated", "ized", "used", "oved", "aved", "ared", "ored", "ured")) and \
                not lower.endswith("eated"):  # heated -> heat
            stem = lower[:-1]  # melted stays melt; created -> create
        return "did", stem
    if lower.endswith("ies") and len(lower) > 4:
        return "does", lower[:-3] + "y"
    if lower.endswith(("ches", "shes", "sses", "xes")):
        return "does", lower[:-2]
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        return "does", lower[:-1]
    return None


def negate_clause(clause: str, noun: bool = False) -> str:
    """``clause`` negated: "it rained" → "it did not rain", "the ground was wet" → "the ground was not wet",
    "the ground gets wet" → "the ground does not get wet", "there were accidents" → "there were no accidents";
    with ``noun=True`` (or no verb found), "wet ground" → "no wet ground"."""
    words = clause.split()
    if not words:
        return clause
    if not noun and len(words) > 2 and words[0].lower() == "there" and words[1].lower() in _BE:
        # "there were accidents" -> "there were no accidents", "there was a fire" -> "there was no fire"
        rest = words[3:] if words[2].lower() in {"a", "an", "some", "any"} else words[2:]
        return " ".join(words[:2] + ["no"] + rest)
    if not noun:
        for i, word in enumerate(words[1:], 1):  # an auxiliary after the subject takes "not"
            if word.lower() in _AUXILIARIES:
                return " ".join(words[: i + 1] + ["not"] + words[i + 1:])
        for i, word in enumerate(words[1:4], 1):  # else the first verb: "did/does not" + its stem
            stem = _stem(word)
            if stem is not None and words[i - 1].lower() not in _DETERMINERS:
                return " ".join(words[:i] + [stem[0], "not", stem[1]] + words[i + 1:])
    return "no " + clause


def _negated_mention(text: str, start: int, end: int, is_noun: bool) -> tuple[int, str]:
    """``(where the replaced span starts, its negation)`` for the mention ``text[start:end]`` of a variable."""
    before = re.search(r"(\w+)\s+$", text[:start])
    determiner = before is not None and before.group(1).lower() in _DETERMINERS
    if determiner and not is_noun:
        start = before.start(1)  # "the" + "roads get slippery": the clause starts at "the"
    lead = text[:start].strip().lower()
    spans = list(re.finditer(r"\S+", text[:start]))
    words = [span.group().lower() for span in spans]
    if not is_noun and (not lead or lead in _SUBORDINATORS or words[-1] in _SUBORDINATORS | _COORDINATORS):
        return start, negate_clause(text[start:end])  # the mention is a clause: negate its verb
    if determiner and is_noun:  # "the thunderstorm came", "there was a thunderstorm": the determiner becomes "no"
        word = before.group(1)
        return before.start(1), ("No" if word[:1].isupper() else "no") + text[before.end(1):end]
    # the mention is the object of someone's verb ("she got lung disease"): negate that clause's verb
    cut = max((i + 1 for i, word in enumerate(words) if word in _SUBORDINATORS | _COORDINATORS), default=0)
    if cut < len(words):
        clause_start = spans[cut].start()
        negated = negate_clause(text[clause_start:end])
        if not negated.startswith("no "):
            return clause_start, negated
    said = negate_clause(text[start:end], noun=True)
    if start == 0 and text[start:start + 1].isupper():
        said = "No " + said[3].lower() + said[4:]
    return start, said


@dataclass
class CounterfactualRewrite:
    """The original text, its rewrite under ``interventions``, and what changed."""

    original: str
    rewritten: str
    interventions: dict[str, float]
    negated: list[str] = field(default_factory=list)  # variables whose statement was negated
    kept: list[str] = field(default_factory=list)  # variables stated and left as they were

    def __str__(self) -> str:
        return self.rewritten


def _intensity(layer: CausalSymbolicLayer, present: list[int]) -> torch.Tensor:
    scm = layer.scm
    observed = torch.zeros(1, len(layer.variables), device=scm.device, dtype=scm.dtype)
    observed[0, present] = 1.0
    with torch.no_grad():
        return layer(observed).detach().cpu()[0]


def rewrite_counterfactual(rules: CausalRuleSet | Mapping[str, Any], text: str, interventions: Mapping[str, Any],
                           suppress_below: float = SUPPRESS_BELOW) -> CounterfactualRewrite:
    """Rewrite ``text`` as it would read under ``do(interventions)`` (see the module docstring).

    Raises `UnknownVariableError` for an intervention on a variable the rules lack, `InterventionError` for a
    value outside the rules' range, and `DataError` for empty text or no interventions.
    """
    if not isinstance(text, str) or not text.strip():
        raise DataError("Give some text to rewrite, e.g. \"It rained, so the ground got wet.\".")
    if not interventions:
        raise DataError("A counterfactual needs at least one intervention, e.g. {'rain': 0} (--do rain=0).")
    ruleset = as_ruleset(rules)
    if not ruleset.variables:
        raise DataError("The rules are empty: a counterfactual needs rules that connect causes and effects.")
    interventions = dict(interventions)
    base = CausalSymbolicLayer(ruleset)
    layer = CausalSymbolicLayer(base.scm.do(interventions))  # checks names and values before anything else
    forms = {name: realisations(ruleset, name) for name in ruleset.variables}
    matcher = SurfaceFormMatcher(ruleset, forms)
    complete, at_end = matcher.scan(text)
    stated = sorted(complete | at_end)
    # The text's own statements, minus what the intervention removes, re-propagated under do()
    downstream = set(interventions)
    for name in interventions:
        downstream.update(ruleset.descendants(name, instantaneous_only=True))
    intensity = _intensity(layer, [i for i in stated if ruleset.variables[i] not in downstream])
    suppressed = {name for i, name in enumerate(ruleset.variables)
                  if i in stated and float(intensity[i]) <= suppress_below}
    pieces = _CLAUSE_SPLIT.split(text)
    out, negated, kept = [], [], []
    for index, piece in enumerate(pieces):
        if index % 2 == 1 or not piece.strip():  # a separator, or nothing
            out.append(piece)
            continue
        rewritten = piece
        for name in suppressed:
            pattern = whole_word_pattern(forms[name])
            match = pattern.search(rewritten) if pattern is not None else None
            if match is None:
                continue
            form = match.group(1)
            noun_forms = ruleset.variable_metadata(name).get("forms", {}).get("noun", [])
            is_noun = form.lower() in {f.lower() for f in [name.replace("_", " "), *noun_forms]}
            start, said = _negated_mention(rewritten, match.start(), match.end(), is_noun)
            rewritten = rewritten[:start] + said + rewritten[match.end():]
            negated.append(name)
        out.append(rewritten)
    kept = [ruleset.variables[i] for i in stated if ruleset.variables[i] not in negated]
    values = {name: float(value) for name, value in interventions.items()}
    return CounterfactualRewrite(text, "".join(out), values, list(dict.fromkeys(negated)), kept)
