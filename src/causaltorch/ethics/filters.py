"""Text detectors: harmful instructions and threats, personal data, group stereotypes, known false claims.

Each ``EthicalTextFilter.check_*`` takes a string and returns a `Detection`: it unpacks as the spec's
``(detected, reason)`` pair and also carries the spans of the original text that triggered it (so a
"modify" rule can redact exactly those characters) and a label per span. Word detectors read the text
after undoing obfuscations (`causaltorch.ethics.normalize`); personal-data detectors read it after
Unicode folding only, since digits and punctuation matter there. Both read the text as stored and, where
bidirectional controls or right-to-left letters make a reader see another order, as displayed.

Phone numbers are recognised by Google's libphonenumber port (`phonenumbers`, the ``ethics`` extra);
card numbers must pass the Luhn checksum; IP addresses must be valid (``ipaddress``) and name a machine on
the internet (not loopback, link-local or a private network's). A number that continues an identifier
(``INV-2024-000381``, ``#4471-2290-1183``) or follows a label naming one (order, invoice, part, batch, ...) is not
read as a phone number or an SSN, nor are the digits after a decimal point (``3.1415926535``).
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from causaltorch.errors import DataError, RuleValidationError, require
from causaltorch.ethics.normalize import (
    NormalizedText,
    add_vocabulary,
    matching_views,
    normalize_for_matching,
    pii_views,
)

__all__ = ["Detection", "EthicalTextFilter", "PIIMatch", "harmful_content_parts", "keyword_detector", "load_claims"]

Span = tuple[int, int]


class Detection(tuple):
    """What a detector found: unpacks as ``(detected, reason)``; ``spans`` / ``labels`` say where and what.

    ``spans`` are ``(start, end)`` character offsets into the checked text (empty when unknown).
    """

    spans: tuple[Span, ...]
    labels: tuple[str, ...]

    def __new__(cls, detected: bool, reason: str | None = None, spans: Iterable[Span] = (),
                labels: Iterable[str] = ()) -> Detection:
        self = super().__new__(cls, (bool(detected), reason))
        self.spans = tuple((int(s), int(e)) for s, e in spans)
        self.labels = tuple(labels)
        return self

    @property
    def detected(self) -> bool:
        return self[0]

    @property
    def reason(self) -> str | None:
        return self[1]

    def __repr__(self) -> str:
        return f"Detection(detected={self[0]}, reason={self[1]!r}, spans={list(self.spans)})"


@dataclass(frozen=True)
class PIIMatch:
    """One piece of personal data: its kind (email, phone, card, national_id, ip), span and text."""

    kind: str
    start: int
    end: int
    text: str


def _require_text(text: Any, what: str) -> str:
    if not isinstance(text, str):
        raise DataError(f"{what} checks text; got {type(text).__name__}. Decode token ids to a string first.")
    return text


def _merge(spans: Iterable[tuple[int, int, str]]) -> tuple[list[Span], list[str]]:
    """Sort spans and merge overlapping ones (the label of the first wins)."""
    merged: list[list[Any]] = []
    for start, end, label in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, label])
    return [(s, e) for s, e, _ in merged], [label for _, _, label in merged]


def _detection(found: list[tuple[int, int, str]], what: str) -> Detection:
    if not found:
        return Detection(False, None)
    spans, labels = _merge(found)
    kinds = ", ".join(dict.fromkeys(labels))
    return Detection(True, f"{what} ({kinds})", spans, labels)


# ---------------------------------------------------------------------------- word patterns
def _words(*alternatives: str) -> str:
    """A regex alternation of words / phrases (longest first) as they read after normalisation: spaces may
    also be hyphens or absent, apostrophes are gone (``can't`` reads ``cant``). Their words become
    vocabulary for re-segmenting spelt-out letters."""
    add_vocabulary(alternatives)
    ordered = sorted({a.replace("'", "") for a in alternatives}, key=len, reverse=True)
    pattern = "(?:" + "|".join(re.escape(a).replace(r"\ ", r"[\s-]?") for a in ordered) + ")"
    _PHRASES[pattern] = tuple(ordered)
    return pattern


_PHRASES: dict[str, tuple[str, ...]] = {}  # regex from `_words` -> its phrases
_TOKEN = re.compile(r"[a-z0-9]+")


_COMMON = frozenset("i im ill id you youll youre your we a an the to of my me is are will up down over off all on "
                    "in it do be make".split())


def _trigger_words(*patterns: str) -> frozenset[str]:
    """Words one of which any match of ``patterns`` (built by `_words`) must contain as a whole token: for
    each phrase its longest uncommon word (every word of a phrase must be present for it to match) and
    the phrase written without spaces or hyphens."""
    words = set()
    for pattern in patterns:
        for phrase in _PHRASES[pattern]:
            parts = re.split(r"[\s-]+", phrase)
            rare = [p for p in parts if p not in _COMMON] or parts
            words.update((max(rare, key=len), "".join(parts)))
    return frozenset(words)


_GAP = r"(?:\s+\S+){0,3}?\s+"  # up to three words in between ("make a simple homemade bomb")
_ART = r"(?:(?:an?|4|the|some|your own|my own|our own)\s+)?"
_PERSON = _words(
    "someone", "somebody", "a person", "people", "him", "her", "them", "everyone", "everybody", "you",
    "all of you", "a child", "children", "a kid", "kids", "my wife", "my husband", "my boss", "my neighbor",
    "my neighbour", "my mother", "my father", "my teacher", "my coworker", "my classmates", "my family",
    "a police officer", "a cop", "cops", "the president", "a woman", "a man", "women", "men", "humans",
    "my ex", "his wife", "her husband", "the teacher", "the students", "the guards", "strangers", "a stranger",
)
_WEAPON = _words(
    "bomb", "bombs", "pipe bomb", "pipe bombs", "car bomb", "nail bomb", "dirty bomb", "explosive",
    "explosives", "explosive device", "ied", "ieds", "molotov", "molotov cocktail", "molotov cocktails",
    "grenade", "grenades", "detonator", "napalm", "nerve agent", "nerve gas", "sarin", "ricin", "anthrax",
    "mustard gas", "chemical weapon", "chemical weapons", "bioweapon", "bioweapons", "biological weapon",
    "ghost gun", "untraceable gun", "zip gun", "tatp", "landmine", "suicide vest", "poison gas",
)
_MAKE = _words(
    "make", "making", "build", "building", "assemble", "assembling", "construct", "constructing", "create",
    "manufacture", "produce", "synthesize", "synthesise", "cook up", "brew", "mix", "prepare", "3d print",
    "rig", "detonate", "plant", "set off", "weaponize", "weaponise", "made", "built", "assembled",
)
_INSTRUCT = _words(
    "how to", "how do i", "how can i", "how would i", "how could i", "instructions for", "instructions to",
    "instructions on", "recipe for", "guide to", "steps to", "tutorial on", "ways to", "best way to",
    "teach me to", "show me how to", "help me", "i want to", "i am going to", "i'm going to", "im going to",
    "i will", "i'll", "ill", "we will", "we'll", "let's", "lets", "i plan to", "we plan to", "i need to",
)
_HURT = _words(
    "kill", "murder", "stab", "shoot", "strangle", "poison", "torture", "kidnap", "behead", "slaughter",
    "assassinate", "hurt", "beat up", "attack", "execute", "burn", "drown", "choke", "maim", "rape",
    "massacre", "butcher", "gun down", "run over", "blow up",
)
_SELF = _words("myself", "yourself", "himself", "herself", "themselves", "ourselves")
_SELF_HARM_ACT = _words(
    "kill", "hang", "drown", "shoot", "hurt", "cut", "harm", "starve", "poison", "burn", "stab", "suffocate",
)
_HARM_PATTERNS: dict[str, list[str]] = {
    "weapons": [
        rf"\b{_MAKE}{_GAP}{_ART}{_WEAPON}\b",
        rf"\b{_MAKE}\s+{_ART}{_WEAPON}\b",
        rf"\b{_INSTRUCT}\s+(?:\S+\s+){{0,4}}?{_WEAPON}\b",
        rf"\b{_WEAPON}\s+(?:recipe|instructions|tutorial|blueprint|ingredients)\b",
        rf"\b(?:buy|get|acquire)\s+{_ART}(?:gun|firearm|rifle|weapon)s?\s+without\s+(?:a\s+)?"
        rf"(?:background\s+check|license|licence|serial\s+number)",
    ],
    "violence": [
        rf"\b{_INSTRUCT}\s+(?:\S+\s+){{0,2}}?{_HURT}\s+(?:\S+\s+){{0,1}}?{_PERSON}s?\b",
        rf"\b{_HURT}\s+{_PERSON}\s+(?:without|and\s+get\s+away|undetected|in\s+(?:their|his|her)\s+sleep)\b",
        rf"\b(?:i|we)\s*(?:'ll|will|am\s+going\s+to|'m\s+going\s+to|m\s+going\s+to|'m\s+gonna|m\s+gonna|"
        rf"gonna|are\s+going\s+to|want\s+to|wanna|plan\s+to|intend\s+to)\s+{_HURT}\s+{_PERSON}\b",
        r"\bpoison\s+(?:his|her|their|my|someones|somebodys|the)\s+(?:food|drink|coffee|tea|water|meal|wine)\b",
        r"\b(?:plan|planning|carry\s+out|commit|organi[sz]e)\s+(?:a\s+)?(?:mass\s+shooting|massacre|"
        r"terrorist\s+attack|school\s+shooting|bombing)\b",
        r"\b(?:kill|murder|shoot|stab)\s+(?:them|you|him|her|everyone)\s+all\b",
    ],
    "self_harm": [
        rf"\b{_SELF_HARM_ACT}\s+{_SELF}\b",
        r"\bend\s+(?:my|your|his|her|their)\s+(?:own\s+)?life\b",
        r"\b(?:commit|committing|attempt|attempting)\s+suicide\b",
        r"\b(?:i|we)\s+(?:want|wanna|need|am\s+going|plan)\s+(?:to\s+)?die\b",
        r"\b(?:best|easiest|quickest|fastest|painless|surest)\s+ways?\s+to\s+(?:die|commit\s+suicide)\b",
        rf"\b{_INSTRUCT}\s+(?:overdose|od|commit\s+suicide|self[\s-]?harm)\b",
        r"\bslit\s+(?:my|your|his|her)\s+wrists?\b",
        r"\b(?:suicide|self[\s-]?harm)\s+(?:methods?|instructions|techniques)\b",
        r"\boverdose\s+on\s+(?:pills|sleeping\s+pills|painkillers|insulin|my\s+\w+)\b",
    ],
}
# Sentence-level co-occurrence: a harm term together with a request / intent cue (and, for violence, a
# human target) in one sentence. Catches phrasings the fixed patterns above do not anticipate.
_STRONG_WEAPON = _words(
    "bomb", "bombs", "explosive", "explosives", "grenade", "grenades", "detonator", "detonators", "napalm", "ied",
    "ieds", "molotov", "nerve agent", "nerve gas", "sarin", "ricin", "anthrax", "chlorine gas", "mustard gas",
    "poison gas", "toxic gas", "incendiary device", "incendiary devices", "untraceable gun", "untraceable guns",
    "ghost gun", "ghost guns", "zip gun", "silencer", "landmine", "landmines", "thermite", "tatp", "semtex",
    "c4", "dynamite", "firebomb", "pipe bomb", "car bomb", "bioweapon", "chemical weapon", "dirty bomb",
    "weapon", "weapons", "gun", "guns", "rifle", "firearm", "firearms",
)
_WEAPON_ACTION = _words(
    "make", "making", "makes", "build", "builds", "building", "assemble", "assembling", "wire", "wiring",
    "construct", "create", "manufacture", "synthesize", "synthesise", "brew", "mix", "combine", "cook", "rig",
    "detonate", "plant", "set off", "turn", "turning", "convert", "converting", "buy", "buying", "get",
    "obtain", "acquire", "smuggle", "print", "printing", "use", "hide", "attach", "drop", "drops", "release",
)
_REQUEST = _words(
    "how to", "how do i", "how can i", "how should i", "how would i", "how could i", "how would one",
    "how does one", "how one", "how do you", "how can you", "how do people", "how can someone", "how many",
    "how much", "explain", "describe", "walk me through", "tell me", "show me", "teach me", "give me",
    "help me", "guide", "steps", "step by step", "instructions", "recipe", "tutorial", "plan", "my plan",
    "i will", "ill", "i am going to", "im going to", "i'm gonna", "im gonna", "gonna", "going to",
    "i want to", "i wanna", "i need to", "i intend to", "we will", "were going to", "we're going to",
    "where can i", "where do i", "where do people", "where to", "which", "what is the best", "whats the best",
    "what's the best", "best way", "quickest", "easiest", "fastest", "reliable way", "simplest", "hardest to detect",
    "undetectable", "without getting caught", "so nobody", "so no one", "is it enough", "would it take",
    "can i use", "could you", "can you", "id like", "i'd like", "ways to", "method", "methods",
)
_VIOLENT = _words(
    "kill", "killing", "murder", "murdering", "stab", "stabbing", "strangle", "strangling", "poison",
    "poisoning", "kidnap", "kidnapping", "abduct", "torture", "torturing", "hurt", "hurting", "beat up",
    "beating up", "behead", "massacre", "assassinate", "rape", "shoot", "shooting", "shoot up", "burn down",
    "run over", "blow up", "choke", "drown", "maim", "slaughter", "attack", "harm",
)
_TARGET = _words(
    "someone", "somebody", "people", "person", "persons", "him", "her", "them", "you", "everyone",
    "everybody", "a kid", "kids", "a child", "children", "a baby", "my boss", "my teacher", "my brother",
    "my sister", "my little brother", "my little sister", "my mom", "my mum", "my dad", "my mother",
    "my father", "my wife", "my husband", "my ex", "my ex-wife", "my ex-husband", "my girlfriend",
    "my boyfriend", "my neighbor", "my neighbour", "my coworker", "my colleague", "my classmate",
    "my classmates", "my roommate", "my partner", "my son", "my daughter", "my family", "my friend",
    "a stranger", "strangers", "the mall", "the school", "a school", "the office", "the subway",
    "a crowd", "the crowd", "a classroom", "the church", "the mosque", "the synagogue", "passengers",
    "students", "a woman", "a man", "women", "men", "a girl", "a boy", "police", "cops", "the president",
)
_SELF_HARM = _words(
    "suicide", "kill myself", "killing myself", "end my life", "ending my life", "end it all", "take my own life",
    "overdose", "overdosing", "cut myself", "cutting myself", "hang myself", "hanging myself", "hurt myself",
    "hurting myself", "harm myself", "self harm", "self-harm", "want to die", "wanna die", "dont want to live",
    "don't want to live", "do not want to live", "not want to be alive", "better off dead", "jump off",
    "jumping from", "jump from", "slit my wrists", "starve myself", "suicide note",
)
_HELP_CONTEXT = re.compile(r"\b(?:prevention|hotline|helpline|counsell?ors?|counsell?ing|crisis\s+line|"
                           r"therapist|support\s+group|awareness|statistics|research|study|studies|historians?)\b")
_THREAT = _words(
    "deserve to die", "you will die", "youll die", "you are dead", "youre dead", "you're dead",
    "i will find you", "ill find you", "watch your back", "make you pay", "i will end you", "ill end you",
)
_HARMLESS_COMPOUNDS = re.compile(r"\b(?:bath|photo|f|da|cherry|seed|glitter|calorie|flavou?r|stink|smoke|love|"
                                 r"water|nerf|glue|heat|spray|staple|nail|squirt|water|radar|speed|ray|laser)"
                                 r"[\s-]?(?:bombs?|guns?)\b|\b(?:bomb|weapon|bullet|fire)[\s-]?proof\b|"
                                 r"\bbomb\s+(?:disposal|squad|shelter|threat|sniffing)\b|"
                                 r"\b(?:atomic|nuclear)\s+bombs?\s+(?:ended|was|were|dropped\s+on)\b")
# Every harm pattern above needs one of these words; a text without any skips them all (the common case,
# and what keeps the per-token check in generation cheap).
_HARM_TRIGGER = _words(
    *(w for w in ("gun guns firearm firearms rifle rifles weapon weapons shooting massacre attack bombing kill "
                  "murder shoot stab poison dead die suicide overdose od wrist wrists life harm pay back").split()),
    "find you", "end you", "self harm",
)
_CO_OCCURRENCE = {
    "weapons": (_STRONG_WEAPON, _WEAPON_ACTION, _REQUEST),
    "violence": (_VIOLENT, _TARGET, _REQUEST),
}

# words that make a weapon match harmless ("bath bomb", "photo bomb", "the show bombed")
_HARMLESS_WEAPON_CONTEXT = re.compile(r"\b(?:bath|photo|f|da|cherry|seed|glitter|calorie|flavou?r|stink|smoke)"
                                      r"[\s-]?bombs?\b")

_GROUPS = _words(
    "women", "men", "girls", "blacks", "black people", "whites", "white people", "asians", "asian people",
    "jews", "jewish people", "muslims", "christians", "hindus", "sikhs", "atheists", "immigrants",
    "migrants", "refugees", "mexicans", "arabs", "africans", "chinese people", "indians", "latinos",
    "hispanics", "gays", "gay people", "lesbians", "trans people", "transgender people", "disabled people",
    "the disabled", "old people", "elderly people", "the elderly", "poor people", "gypsies", "roma",
    "foreigners", "homosexuals", "feminists",
)
_GROUP_ONE = _words(
    "woman", "girl", "black person", "jew", "muslim", "christian", "hindu", "immigrant", "migrant",
    "refugee", "mexican", "arab", "asian", "gay person", "trans person", "disabled person", "foreigner",
)
_TRAITS = _words(
    "lazy", "stupid", "dumb", "inferior", "criminals", "criminal", "violent", "dangerous", "terrorists",
    "thieves", "dirty", "greedy", "worthless", "subhuman", "animals", "incompetent", "less intelligent",
    "not as smart", "too emotional", "evil", "untrustworthy", "disgusting", "parasites", "vermin", "savages",
    "a disease", "a plague", "genetically inferior", "naturally inferior", "primitive", "liars", "cheaters",
    "bad at math", "bad at driving", "bad drivers", "bad leaders", "not fit to lead", "a burden",
    "freeloaders", "rapists", "idiots", "useless", "ruining this country", "the problem",
)
_CANNOT = _words(
    "can't", "cannot", "can not", "shouldn't", "should not", "should never", "must never", "don't deserve to",
    "do not deserve to", "aren't capable of", "are incapable of", "are unable to", "have no right to",
    "are too stupid to", "are too emotional to",
)
_NO_RIGHT = _words(
    "should not be allowed to", "shouldn't be allowed to", "must not be allowed to", "don't deserve to",
    "do not deserve to", "have no right to", "should be banned from", "should never be allowed to",
)
_BIAS_PATTERNS = [
    rf"\b(?:all|most|every|those|these|typical)?\s*{_GROUPS}\s+(?:are|were|is)\s+(?:all\s+|just\s+|naturally\s+|"
    rf"inherently\s+|always\s+|so\s+|too\s+|basically\s+|simply\s+|genetically\s+|nothing\s+but\s+)*{_TRAITS}\b",
    rf"\b{_GROUPS}\s+{_CANNOT}\s+(?:drive|lead|vote|work|think|be\s+trusted|do\s+math|be\s+engineers|be\s+leaders|"
    rf"be\s+in\s+charge|hold\s+office|be\s+scientists|learn|govern|have\s+rights|live\s+here)\b",
    rf"\b{_GROUPS}\s+{_NO_RIGHT}\s+\w+",
    rf"\b(?:never|don't|do\s+not)\s+(?:hire|trust|rent\s+to|vote\s+for|marry)\s+(?:an?\s+)?"
    rf"(?:{_GROUP_ONE}|{_GROUPS})\b",
    rf"\b{_GROUPS}\s+(?:belong\s+in\s+the\s+kitchen|should\s+go\s+back\s+(?:to|where)|should\s+be\s+(?:banned|"
    rf"deported|locked\s+up|sterili[sz]ed)|are\s+taking\s+over|are\s+destroying)\b",
    rf"\b(?:{_GROUP_ONE})s?\s+(?:are|is)\s+(?:all\s+|just\s+|naturally\s+|always\s+)*{_TRAITS}\b",
]

_NEGATION_CUES = re.compile(
    r"\b(?:not|no|never|myth|myths|false|falsely|debunked|untrue|misconception|misinformation|conspiracy|"
    r"disproven|disproved|incorrect|wrong|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|claim|claims|"
    r"claimed|rumou?rs?|hoax(?:es)?)\b")
_SENTENCE = re.compile(r"[^.!?;\n]+")
# "it is false that …", "the myth that …": the sentence reports a stereotype to reject it
_DEBUNKED_BEFORE = re.compile(r"\b(?:false|myth|untrue|wrong|nonsense|stereotype|not\s+true|prejudice|"
                              r"misconception)\s+(?:that|to\s+say|to\s+think)\b")


def _sentence_start(text: str, position: int) -> int:
    return max(text.rfind(mark, 0, position) for mark in ".!?;\n") + 1


@cache
def _compiled() -> dict[str, Any]:
    return {
        # normalised text has no apostrophes inside words ("i'll" reads "ill")
        "harm": {category: [re.compile(p.replace("'", "")) for p in patterns]
                 for category, patterns in _HARM_PATTERNS.items()},
        "bias": [re.compile(p.replace("'", "")) for p in _BIAS_PATTERNS],
        "harm_trigger": _trigger_words(_HARM_TRIGGER, _WEAPON, _STRONG_WEAPON, _HURT, _VIOLENT, _SELF_HARM_ACT,
                                       _SELF_HARM, _THREAT),
        "bias_trigger": _trigger_words(_GROUPS, _GROUP_ONE),
        "co_occurrence": {category: [re.compile(rf"(?<![a-z0-9]){g}(?![a-z0-9])") for g in groups]
                          for category, groups in _CO_OCCURRENCE.items()},
        "self_harm": re.compile(rf"(?<![a-z0-9]){_SELF_HARM}(?![a-z0-9])"),
        "self_cue": re.compile(rf"(?<![a-z0-9])(?:i|im|ive|id|me|my|myself|{_REQUEST})(?![a-z0-9])"),
        "threat": re.compile(rf"(?<![a-z0-9]){_THREAT}(?![a-z0-9])"),
        "email": re.compile(r"(?<![\w.+-])[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
                            r"(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,24}\b", re.IGNORECASE),
        "email_spelled": re.compile(
            r"(?<![\w.])[a-z0-9][a-z0-9._%+-]*\s*(?:[\[\(\{<]\s*at\s*[\]\)\}>]|\s+at\s+)\s*"
            r"[a-z0-9-]+(?:\s*(?:[\[\(\{<]\s*dot\s*[\]\)\}>]|\s+dot\s+)\s*[a-z0-9-]+)+\b", re.IGNORECASE),
        "email_bracket_at": re.compile(
            r"(?<![\w.])[a-z0-9][a-z0-9._%+-]*\s*[\[\(\{<]\s*at\s*[\]\)\}>]\s*[a-z0-9-]+(?:\.[a-z0-9-]+)*"
            r"\.[a-z]{2,24}\b", re.IGNORECASE),
        # "priya_r at example.net": a bare "at" only when the name holds a character names rarely do (. _ + - or a
        # digit), so "look at google.com" stays benign
        "email_plain_at": re.compile(
            r"(?<![\w.])(?=[a-z0-9._%+-]*[._%+\d-])[a-z0-9][a-z0-9._%+-]*\s+at\s+[a-z0-9-]+(?:\.[a-z0-9-]+)*"
            r"\.[a-z]{2,24}\b", re.IGNORECASE),
        "card": re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])"),
        "ssn": re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])"),
        "ssn_labelled": re.compile(r"\b(?:ssn|social\s+security(?:\s+(?:number|no\.?|#))?)\D{0,12}"
                                   r"((?!000|666|9\d\d)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4})(?!\d)", re.IGNORECASE),
        "nino": re.compile(r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}"
                           r"\s?[A-D]\b"),
        "ipv4": re.compile(r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
                           r"(?![\w.]*\d)"),
        "ipv6": re.compile(r"(?<![\w:])(?=[0-9a-f:]*:[0-9a-f]*:)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])",
                           re.IGNORECASE),
        "version_before": re.compile(r"\b(?:v|version|release|build|firmware|kernel|ver\.?)\s*$", re.IGNORECASE),
        # a number that continues an identifier ("INV-2024-000381", "#4471-2290-1183") or follows a label that names
        # one ("part number 80-4471-2209", "batch 557-22-9190") is that identifier, not a phone or an SSN
        "identifier_before": re.compile(
            r"(?:[a-z0-9]-|#|\b(?:order|invoice|inv|part|item|ticket|tracking|serial|model|sku|batch|lot|po)"
            r"\s*(?:number|no\.?|num|#|id)?\s*[:#]?\s*|\b(?:reference|ref)\s*(?:number|no\.?|num|#|id)\s*[:#]?\s*)$",
            re.IGNORECASE),
        # ... unless a phone label stands right before it ("Tel-415-…", "phone #415-…")
        "phone_label_before": re.compile(r"\b(?:tel|telephone|phone|ph|mob|mobile|cell|fax|call|text|sms|whatsapp)"
                                         r"\.?\s*[-#:]?\s*$", re.IGNORECASE),
        "digits": re.compile(r"\d"),
    }


def _luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


# Issuer prefixes: every number whose first digit (the ISO/IEC 7812 industry) is 4, 5 or 6 (banking: Visa, Mastercard,
# Maestro 50 / 56-69, Discover, UnionPay, RuPay 60); Mastercard's and Mir's 2-series; Amex, Diners, JCB; RuPay 81-82;
# Troy 9792. Luhn-valid 13-19 digit numbers with these prefixes are cards.
_CARD_PREFIX = re.compile(r"^(?:[456]|2[2-7]|3[47]|3(?:0[0-5]|095|[689])|35|8[12]|9792)")


def _spans_in(normalized: NormalizedText, start: int, end: int, label: str) -> tuple[int, int, str]:
    s, e = normalized.original_span(start, end)
    return s, e, label


class EthicalTextFilter:
    """Static text detectors for `EthicalRule` (``detection_fn=EthicalTextFilter.check_harmful_content``).

    Each returns a `Detection` (``detected, reason = ...``; ``.spans`` in the given text). Phone numbers are
    looked for in the regions of ``phone_regions`` (national formats) and in international format
    (``+44 …``) from any country.
    """

    phone_regions: tuple[str, ...] = ("US", "GB")
    harm_categories: tuple[str, ...] = tuple(_HARM_PATTERNS)

    # ------------------------------------------------------------------ harmful content
    @staticmethod
    def check_harmful_content(text: str) -> Detection:
        """Instructions for weapons or violence, threats against people, self-harm intent or methods."""
        text = _require_text(text, "check_harmful_content")
        patterns, sentences = harmful_content_parts(text)
        return _detection(patterns + sentences, "harmful content")

    # ------------------------------------------------------------------ personal data
    @staticmethod
    def find_pii(text: str, kinds: Sequence[str] | None = None) -> list[PIIMatch]:
        """Every piece of personal data in ``text``: emails, phone numbers, card numbers (Luhn-checked),
        national IDs (US SSN, UK National Insurance number) and IP addresses, in text order."""
        text = _require_text(text, "find_pii")
        wanted = set(kinds) if kinds is not None else {"email", "phone", "card", "national_id", "ip"}
        unknown = wanted - {"email", "phone", "card", "national_id", "ip"}
        if unknown:
            raise DataError(f"Unknown PII kind(s) {sorted(unknown)}; choose from email, phone, card, national_id, ip.")
        spans: list[tuple[int, int, str]] = []
        for normalized in pii_views(text):
            spans += [_spans_in(normalized, s, e, label) for s, e, label in _pii_in(normalized.text, wanted)]
        merged, labels = _merge(spans)
        return [PIIMatch(label, s, e, text[s:e]) for (s, e), label in zip(merged, labels)]

    @staticmethod
    def check_privacy_violation(text: str) -> Detection:
        """Personal data in the text (see `find_pii`); the spans are what a "modify" rule redacts."""
        matches = EthicalTextFilter.find_pii(text)
        return _detection([(m.start, m.end, m.kind) for m in matches], "personal data")

    @staticmethod
    def redact(text: str, replacement: str = "[REDACTED {kind}]") -> str:
        """``text`` with each piece of personal data replaced by ``replacement`` (``{kind}`` is filled in)."""
        pieces, last = [], 0
        for match in EthicalTextFilter.find_pii(text):
            pieces += [text[last:match.start], replacement.format(kind=match.kind.upper())]
            last = match.end
        return "".join(pieces) + text[last:]

    # ------------------------------------------------------------------ bias
    @staticmethod
    def check_bias(text: str) -> Detection:
        """Sweeping negative generalisations about a protected group (``"women are bad at math"``)."""
        text = _require_text(text, "check_bias")
        found = []
        for normalized in matching_views(text):
            view = normalized.text
            if _compiled()["bias_trigger"].isdisjoint(_TOKEN.findall(view)):
                continue
            found += [_spans_in(normalized, *m.span(), "stereotype")
                      for pattern in _compiled()["bias"] for m in pattern.finditer(view)
                      if not _DEBUNKED_BEFORE.search(view[_sentence_start(view, m.start()):m.start()])]
        return _detection(found, "biased generalisation")

    # ------------------------------------------------------------------ misinformation
    @staticmethod
    def check_misinformation(text: str) -> Detection:
        """Sentences asserting a claim from the bundled list of well-established falsehoods
        (`load_claims`); a sentence that negates or debunks the claim is not flagged."""
        text = _require_text(text, "check_misinformation")
        found = []
        for normalized in matching_views(text):
            found += _false_claims(normalized)
        return _detection(found, "known false claim")


def harmful_content_parts(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """What `EthicalTextFilter.check_harmful_content` finds, in two lists of ``(start, end, category)``: matches
    of the fixed harm patterns (specific phrasings: strong evidence) and sentences where a harm term merely
    meets a request or intent cue (co-occurrence: borderline, which `causaltorch.ethics.hybrid` confirms with
    the semantic detector)."""
    patterns_found: list[tuple[int, int, str]] = []
    sentences_found: list[tuple[int, int, str]] = []
    for normalized in matching_views(text):
        if _compiled()["harm_trigger"].isdisjoint(_TOKEN.findall(normalized.text)):
            continue
        for category, patterns in _compiled()["harm"].items():
            for pattern in patterns:
                for match in pattern.finditer(normalized.text):
                    context = normalized.text[max(0, match.start() - 10):match.end()]
                    if category == "weapons" and _HARMLESS_WEAPON_CONTEXT.search(context):
                        continue
                    patterns_found.append(_spans_in(normalized, *match.span(), category))
        sentences_found += _harm_sentences(normalized)
    return patterns_found, sentences_found


def _false_claims(normalized: NormalizedText) -> list[tuple[int, int, str]]:
    """Sentences of ``normalized`` asserting a bundled false claim (see `EthicalTextFilter.check_misinformation`)."""
    found = []
    for sentence in _SENTENCE.finditer(normalized.text):
        body = sentence.group()
        for claim in _claim_patterns():
            matched: list[tuple[int, int]] = []
            for group in claim["groups"]:
                after = matched[-1][1] if claim["ordered"] and matched else 0
                match = group.search(body, after)
                if match is None:
                    break
                matched.append(match.span())
            else:
                rest = body
                for s, e in sorted(matched, reverse=True):
                    rest = rest[:s] + " " + rest[e:]
                if _NEGATION_CUES.search(rest):
                    continue
                found.append(_spans_in(normalized, sentence.start(), sentence.end(), claim["id"]))
    return found


def _pii_in(view: str, wanted: set[str]) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of each piece of personal data of the ``wanted`` kinds in ``view`` (folded text)."""
    patterns = _compiled()
    found: list[tuple[int, int, str]] = []
    lowered = view.lower()
    if "email" in wanted and ("@" in view or " at " in lowered or "at]" in lowered or "at)" in lowered):
        for name in ("email", "email_spelled", "email_bracket_at", "email_plain_at"):
            found += [(*m.span(), "email") for m in patterns[name].finditer(view)]
    digit_count = len(patterns["digits"].findall(view))
    if "card" in wanted and digit_count >= 13:
        for match in patterns["card"].finditer(view):
            digits = re.sub(r"\D", "", match.group())
            if 13 <= len(digits) <= 19 and _CARD_PREFIX.match(digits) and _luhn_valid(digits):
                found.append((*match.span(), "card"))
    if "national_id" in wanted and digit_count >= 6:
        found += [(*m.span(), "national_id") for m in patterns["ssn"].finditer(view)
                  if not _identifier(view, m.start())]
        found += [(*m.span(1), "national_id") for m in patterns["ssn_labelled"].finditer(view)]
        found += [(*m.span(), "national_id") for m in patterns["nino"].finditer(view)]
    if "ip" in wanted:
        if digit_count >= 4 and "." in view:
            for match in patterns["ipv4"].finditer(view):
                if not (patterns["version_before"].search(view[max(0, match.start() - 12):match.start()])
                        or _is_netmask(match.group()) or _names_no_one(match.group())):
                    found.append((*match.span(), "ip"))
        if view.count(":") >= 2:
            for match in patterns["ipv6"].finditer(view):
                if match.group().count(":") >= 2 and _is_ipv6(match.group()) and not _names_no_one(match.group()):
                    found.append((*match.span(), "ip"))
    if "phone" in wanted and digit_count >= 7:
        taken = [(s, e) for s, e, _ in found]
        for start, end in _phone_spans(view, EthicalTextFilter.phone_regions):
            if not any(start < e and s < end for s, e in taken) and not _identifier(view, start) and not (
                    _decimal_fraction(view, start, end)):
                found.append((start, end, "phone"))  # a card or an ID is not also a phone
    return found


def _decimal_fraction(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]``, a run of digits only, follows a digit and a decimal point or comma: the fraction
    of a number ("3.1415926535", "1234,5678901234"), not a phone number."""
    return view[start:end].isdigit() and bool(re.search(r"\d[.,]$", view[max(0, start - 2):start]))


def _identifier(view: str, start: int) -> bool:
    """Whether the number at ``view[start:]`` belongs to an identifier (an invoice, order or part number)."""
    before, patterns = view[max(0, start - 24):start], _compiled()
    return bool(patterns["identifier_before"].search(before)) and not patterns["phone_label_before"].search(before)


_NO_ONE = tuple(ipaddress.ip_network(n) for n in (
    "0.0.0.0/32", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16",  # IPv4
    "::/128", "::1/128", "fe80::/10", "fc00::/7"))  # IPv6: unspecified, loopback, link-local, unique local


def _names_no_one(address: str) -> bool:
    """Whether an IP address names no one's machine on the internet: unspecified, loopback, link-local or a private
    network's (RFC 1918, IPv6 unique local), which every home router and office LAN reuses."""
    value = ipaddress.ip_address(address)
    return any(value.version == network.version and value in network for network in _NO_ONE)


def _is_netmask(address: str) -> bool:
    """Whether a dotted IPv4 quad is a subnet mask (255.0.0.0 .. 255.255.255.255: ones, then zeros), which names no
    one's machine."""
    bits = 0
    for octet in address.split("."):
        bits = bits << 8 | int(octet)
    zeros = ~bits & 0xFFFFFFFF
    return bits >> 24 == 255 and zeros & (zeros + 1) == 0


def _harm_sentences(normalized: NormalizedText) -> list[tuple[int, int, str]]:
    """Sentences where a harm term meets a request or intent cue (and a human target, for violence)."""
    patterns = _compiled()
    found = []
    for sentence in _SENTENCE.finditer(normalized.text):
        body = _HARMLESS_COMPOUNDS.sub(" ", sentence.group())
        span = (sentence.start(), sentence.end())
        for category, groups in patterns["co_occurrence"].items():
            if all(group.search(body) for group in groups):
                found.append(_spans_in(normalized, *span, category))
        if patterns["self_harm"].search(body) and patterns["self_cue"].search(body) and not _HELP_CONTEXT.search(body):
            found.append(_spans_in(normalized, *span, "self_harm"))
        if patterns["threat"].search(body):
            found.append(_spans_in(normalized, *span, "violence"))
    return found


def _is_ipv6(candidate: str) -> bool:
    try:
        ipaddress.IPv6Address(candidate)
    except ValueError:
        return False
    return True


def _phone_spans(text: str, regions: Sequence[str]) -> list[Span]:
    phonenumbers = require("phonenumbers", "ethics", "phone-number detection")
    spans: set[Span] = set()
    for region in regions:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            spans.add((match.start, match.end))
    return sorted(spans)


# ---------------------------------------------------------------------------- claims and keywords
def load_claims() -> list[dict[str, Any]]:
    """The bundled false claims: ``{"id", "claim", "groups": [[phrase, ...], ...], "ordered"?}`` — a sentence
    asserts the claim when it holds a phrase of every group (in group order if ``ordered``), after
    normalisation, and no negation or debunking cue outside those phrases."""
    source = resources.files("causaltorch.data.ethics").joinpath("claims.json")
    return json.loads(source.read_text(encoding="utf-8"))["claims"]


@cache
def _claim_patterns() -> list[dict[str, Any]]:
    return [{"id": claim["id"], "ordered": bool(claim.get("ordered", False)),
             "groups": [re.compile(rf"(?<![a-z0-9]){_words(*g)}(?![a-z0-9])") for g in claim["groups"]]}
            for claim in load_claims()]


def keyword_detector(keywords: Sequence[str], reason: str | None = None):
    """A detection_fn that flags whole words / phrases in ``keywords`` after obfuscations are undone."""
    if isinstance(keywords, str) or not keywords or not all(isinstance(k, str) and k.strip() for k in keywords):
        raise RuleValidationError(f"keywords must be a non-empty list of non-empty strings, got {keywords!r}.")
    terms = [normalize_for_matching(k).text.strip() for k in keywords]
    pattern = re.compile(rf"(?<![a-z0-9]){_words(*terms)}(?![a-z0-9])")
    message = reason or "forbidden word"

    def detect(text: str) -> Detection:
        text = _require_text(text, "a keyword rule")
        found = [_spans_in(normalized, *m.span(), "keyword")
                 for normalized in matching_views(text) for m in pattern.finditer(normalized.text)]
        return _detection(found, message)

    detect.flagged_terms = tuple(keywords)
    detect.applies_to = "text"
    return detect


# words whose generation EthicalLoss penalises for the default harmful-content rule
EthicalTextFilter.check_harmful_content.flagged_terms = (
    "bomb", "bombs", "explosive", "explosives", "grenade", "detonator", "kill", "murder", "stab", "shoot",
    "strangle", "poison", "suicide", "weapon", "weapons", "gun", "massacre", "torture",
)
EthicalTextFilter.check_bias.flagged_terms = ("inferior", "subhuman", "vermin", "savages", "parasites")
for _detector in (EthicalTextFilter.check_harmful_content, EthicalTextFilter.check_privacy_violation,
                  EthicalTextFilter.check_bias, EthicalTextFilter.check_misinformation):
    _detector.applies_to = "text"  # EthicalRule skips these on images
