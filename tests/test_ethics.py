"""The ethical constitution: rule actions, priority, failing closed, files, detectors, blur, generation, loss, CLI."""

import json
import logging
import re

import pytest
import torch
from torch import nn

from causaltorch.errors import DataError, RuleValidationError
from causaltorch.ethics import (
    Detection,
    EthicalCNSGNet,
    EthicalConstitution,
    EthicalLoss,
    EthicalRule,
    EthicalTextFilter,
    blur_regions,
    blur_sensitive_content,
    keyword_detector,
    load_default_ethical_rules,
    load_ethical_rules,
)
from causaltorch.models import cnsg
from logit_boost import booster


def word_rule(word, action, name=None, priority=0, **kwargs):
    def detect(text):
        start = text.lower().find(word)
        return Detection(start >= 0, f"mentions {word}" if start >= 0 else None,
                         [(start, start + len(word))] if start >= 0 else [])

    return EthicalRule(name or f"no_{word}", f"do not say {word}", detect, action, priority, **kwargs)


# ---------------------------------------------------------------------- bad arguments
@pytest.mark.parametrize("priority", [True, float("nan"), "high"])
def test_a_priority_that_is_not_a_finite_number_is_refused(priority):
    with pytest.raises(RuleValidationError, match="Rule 'no_x': priority must be a finite number"):
        word_rule("x", "block", priority=priority)


@pytest.mark.parametrize("build, message", [
    (lambda: EthicalLoss(EthicalConstitution([]), ethical_weight=-1),
     "ethical_weight must be a number >= 0, got -1.0."),
    (lambda: blur_regions(torch.rand(1, 3, 8, 8), sigma=0), "sigma must be a positive number of pixels, got 0.0."),
    (lambda: EthicalConstitution([]).check_continuation("abc", 4),
     "check_continuation's start must be an offset into the text in [0, len(text)] = [0, 3], got 4."),
    (lambda: EthicalConstitution([]).check_continuation("abc", True),
     "check_continuation's start must be an offset into the text in [0, len(text)] = [0, 3], got True."),
    (lambda: EthicalConstitution([]).check_continuation(b"abc", 0),
     "check_continuation needs text (a str), got bytes."),
])
def test_bad_arguments_are_refused_naming_them(build, message):
    with pytest.raises(DataError, match=re.escape(message)):
        build()


# ---------------------------------------------------------------------- actions
def test_block_fails_the_output_and_keeps_it_unchanged():
    constitution = EthicalConstitution([word_rule("spoiler", "block")])
    output, passed, violations = constitution("a spoiler ahead")
    assert (output, passed) == ("a spoiler ahead", False)
    assert violations == [{"rule": "no_spoiler", "reason": "mentions spoiler", "action": "block", "priority": 0,
                           "span": (2, 9), "spans": [(2, 9)], "matches": ["spoiler"]}]


def test_warn_passes_and_logs_a_warning(caplog):
    constitution = EthicalConstitution([word_rule("maybe", "warn")])
    with caplog.at_level(logging.INFO, logger="causaltorch.ethics"):
        output, passed, violations = constitution("maybe later")
    assert passed and output == "maybe later" and violations[0]["action"] == "warn"
    assert [r.levelno for r in caplog.records] == [logging.WARNING]


def test_log_passes_and_records_at_info(caplog):
    constitution = EthicalConstitution([word_rule("maybe", "log")])
    with caplog.at_level(logging.INFO, logger="causaltorch.ethics"):
        _, passed, _ = constitution("maybe later")
    assert passed and [r.levelno for r in caplog.records] == [logging.INFO]
    assert constitution.violations[-1]["rule"] == "no_maybe"


def test_log_violations_false_stays_silent_but_keeps_the_record(caplog):
    constitution = EthicalConstitution([word_rule("maybe", "warn")], log_violations=False)
    with caplog.at_level(logging.DEBUG, logger="causaltorch.ethics"):
        constitution("maybe")
    assert not caplog.records and len(constitution.violations) == 1


def test_modify_redacts_the_flagged_span_by_default():
    output, passed, _ = EthicalConstitution([word_rule("secret", "modify")])("the secret code")
    assert passed and output == "the [REDACTED] code"


def test_modify_uses_the_modifier_fn():
    rule = word_rule("secret", "modify", modifier_fn=lambda text, detection: text.replace("secret", "public"))
    output, passed, _ = EthicalConstitution([rule])("the secret code")
    assert passed and output == "the public code"


def test_a_modify_that_leaves_the_flagged_content_fails():
    rule = word_rule("secret", "modify", modifier_fn=lambda text, detection: text.upper())
    output, passed, violations = EthicalConstitution([rule])("the secret code")
    assert not passed and "still detected" in violations[0]["reason"]


def test_blur_masks_flagged_characters_of_text():
    output, passed, _ = EthicalConstitution([word_rule("rude", "blur")])("so rude!")
    assert passed and output == "so ****!"


def test_blur_changes_only_the_flagged_images():
    torch.manual_seed(0)
    images = torch.rand(3, 3, 16, 16)
    rule = EthicalRule("bright", "no bright images", lambda x: (torch.tensor([True, False, True]), "too bright"),
                       "blur", 10)
    output, passed, violations = EthicalConstitution([rule])(images)
    assert passed and violations[0]["rule"] == "bright"
    assert torch.equal(output[1], images[1])
    assert (output[0] - images[0]).abs().mean() > 0.05 and (output[2] - images[2]).abs().mean() > 0.05


def test_blur_regions_changes_pixels_inside_the_mask_only():
    torch.manual_seed(0)
    images = torch.rand(2, 3, 20, 20)
    mask = torch.zeros(2, 20, 20)
    mask[:, 5:10, 5:10] = 1
    blurred = blur_regions(images, mask)
    assert torch.equal(blurred[..., :5, :], images[..., :5, :])
    assert torch.equal(blurred[..., 10:, :], images[..., 10:, :])
    assert not torch.allclose(blurred[..., 5:10, 5:10], images[..., 5:10, 5:10])


def test_blur_of_a_constant_image_leaves_it_constant():
    images = torch.full((1, 3, 8, 8), 0.25)
    assert torch.allclose(blur_regions(images), images, atol=1e-6)


def test_default_text_rules_pass_images_through_and_image_rules_still_blur():
    torch.manual_seed(0)
    images = torch.rand(2, 3, 8, 8)
    rules = load_default_ethical_rules() + [EthicalRule("all", "", lambda x: (True, "flagged"), "blur")]
    output, passed, violations = EthicalConstitution(rules)(images)
    assert passed and [v["rule"] for v in violations] == ["all"] and not torch.equal(output, images)


def test_text_rules_fail_closed_on_token_ids():
    _, passed, violations = EthicalConstitution(load_default_ethical_rules())([1, 2, 3])
    assert not passed and all("DataError" in v["reason"] for v in violations) and len(violations) == 4


def test_image_rules_reject_images_of_the_wrong_shape():
    rule = EthicalRule("any", "", lambda x: (True, "flagged"), "blur")
    with pytest.raises(DataError, match=r"\[batch, channels, height, width\]"):
        EthicalConstitution([rule])(torch.rand(3, 16, 16))


# ---------------------------------------------------------------------- priority and failing closed
def test_rules_run_by_priority_then_insertion_order():
    seen = []

    def recorder(name):
        return lambda text: (seen.append(name), (False, None))[1]

    constitution = EthicalConstitution([EthicalRule("low", "", recorder("low"), "block", 1),
                                        EthicalRule("high", "", recorder("high"), "block", 5)])
    constitution.add_rule(EthicalRule("high_too", "", recorder("high_too"), "block", 5))
    constitution("text")
    assert seen == ["high", "high_too", "low"]


def test_a_higher_priority_modify_hides_the_content_from_later_rules():
    constitution = EthicalConstitution([word_rule("secret", "block", "blocker", priority=1),
                                        word_rule("secret", "modify", "redactor", priority=2)])
    output, passed, violations = constitution("a secret")
    assert passed and [v["rule"] for v in violations] == ["redactor"]


def test_a_detector_that_raises_fails_closed_with_its_reason():
    def broken(text):
        raise ValueError("model not loaded")

    constitution = EthicalConstitution([EthicalRule("broken", "", broken, "warn")])
    _, passed, violations = constitution("anything")
    assert not passed and violations[0]["error"] and "ValueError: model not loaded" in violations[0]["reason"]


def test_fail_open_records_a_broken_detector_but_passes():
    constitution = EthicalConstitution([EthicalRule("broken", "", lambda text: 1 / 0, "block")], fail_closed=False)
    _, passed, violations = constitution("anything")
    assert passed and "ZeroDivisionError" in violations[0]["reason"]


def test_a_detector_returning_the_wrong_type_at_run_time_fails_closed():
    _, passed, violations = EthicalConstitution([EthicalRule("odd", "", lambda text: "yes", "warn")])("x")
    assert not passed and "returned str" in violations[0]["reason"]


# ---------------------------------------------------------------------- bad rules and files
def test_an_unknown_action_is_rejected():
    with pytest.raises(RuleValidationError, match="unknown action 'delete'"):
        EthicalRule("r", "", lambda text: (False, None), "delete")


def test_a_detector_annotated_with_the_wrong_return_type_is_rejected_when_added():
    def says_bool(text) -> bool:
        return True

    with pytest.raises(RuleValidationError, match="must return a tuple"):
        EthicalRule("r", "", says_bool, "block")


def test_a_detector_that_cannot_take_one_argument_is_rejected():
    with pytest.raises(RuleValidationError, match="cannot be called with one argument"):
        EthicalRule("r", "", lambda text, extra: (False, None), "block")


def test_duplicate_rule_names_are_rejected():
    constitution = EthicalConstitution([word_rule("a", "block", "same")])
    with pytest.raises(RuleValidationError, match="named 'same'"):
        constitution.add_rule(word_rule("b", "warn", "same"))
    assert len(constitution.rules) == 1


def test_a_rules_file_with_duplicate_names_is_rejected(tmp_path):
    path = tmp_path / "rules.json"
    entry = {"name": "twice", "detector": "bias", "action": "block"}
    path.write_text(json.dumps({"rules": [entry, entry]}))
    with pytest.raises(RuleValidationError, match="named 'twice'"):
        load_ethical_rules(path)


def test_rules_load_from_yaml_with_keywords_and_regex(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text("rules:\n"
                    "  - {name: words, detector: keywords, keywords: [spoiler], action: block, priority: 2}\n"
                    "  - {name: codes, detector: regex, pattern: 'X-\\d+', action: modify}\n")
    constitution = EthicalConstitution(path)
    output, passed, _ = constitution("code X-42, and a sp0iler")
    assert [r.name for r in constitution.rules] == ["words", "codes"]
    assert not passed and output == "code [REDACTED], and a sp0iler"


@pytest.mark.parametrize("entry, unread", [
    ({"detector": "harmful_content", "examples": ["a spoiler"]}, "'examples' (read by semantic)"),
    ({"detector": "keywords", "keywords": ["bomb"], "pattern": "b.mb"}, "'pattern' (read by regex)"),
    ({"detector": "regex", "pattern": "X-\\d+", "similarity_threshold": 0.5},
     "'similarity_threshold' (read by semantic)"),
    ({"detector": "privacy", "reason": "why"}, "'reason' (read by keywords and regex)")])
def test_a_key_the_rules_detector_does_not_read_is_refused(entry, unread):
    # it was accepted and did nothing: a rule that looked configured ran without it
    with pytest.raises(RuleValidationError, match=re.escape(f"does not read {unread}; remove it")):
        load_ethical_rules([{"name": "r", "action": "block", **entry}])


def test_an_unknown_detector_in_a_file_names_the_close_match(tmp_path):
    path = tmp_path / "rules.json"
    path.write_text(json.dumps([{"name": "r", "detector": "privasy", "action": "block"}]))
    with pytest.raises(RuleValidationError, match="Did you mean 'privacy'"):
        load_ethical_rules(path)


# ---------------------------------------------------------------------- text detectors
MIXED = ("Hi, I'm Ana. Write to ana.lopez@example.org or call +1 415-555-0132. Card 4111 1111 1111 1111, "
         "SSN 123-45-6789, NI number AB 12 34 56 C, server 198.51.100.7 and 2001:db8::42. Bye!")


def test_redaction_removes_every_pii_span_in_a_mixed_paragraph():
    output, passed, violations = EthicalConstitution(load_default_ethical_rules())(MIXED)
    assert passed
    for secret in ("ana.lopez@example.org", "415-555-0132", "4111 1111 1111 1111", "123-45-6789", "AB 12 34 56 C",
                   "198.51.100.7", "2001:db8::42"):
        assert secret not in output
    assert EthicalTextFilter.find_pii(output) == []
    assert output.startswith("Hi, I'm Ana. Write to [REDACTED EMAIL]") and output.endswith("Bye!")
    kinds = sorted({m.kind for m in EthicalTextFilter.find_pii(MIXED)})
    assert kinds == ["card", "email", "ip", "national_id", "phone"]


def test_card_numbers_need_a_valid_luhn_checksum():
    assert EthicalTextFilter.check_privacy_violation("card 4111 1111 1111 1111")[0]
    assert not EthicalTextFilter.check_privacy_violation("card 4111 1111 1111 1112")[0]


@pytest.mark.parametrize(("number", "card"), [
    ("5934437171249778", True),  # Maestro's 56-69 range (heldout22's author wrote one; the detector missed it)
    ("6759000000000000", True),  # Maestro UK
    ("5018000000000009", True),  # Maestro
    ("2200000000000004", True),  # Mir
    ("8100000000000002", True),  # RuPay
    ("5934437171249779", False),  # the same digits with a wrong check digit
    ("3100000000000003", False),  # Luhn-valid, but no card issuer uses 31
    ("1000000000000008", False),  # nor 1 (airlines' UATP aside, no card network)
])
def test_card_numbers_of_every_bank_card_network_are_found(number, card):
    assert EthicalTextFilter.check_privacy_violation(f"my card is {number}, please book it").detected is card


def test_a_subnet_mask_is_not_an_address_but_an_address_beside_it_is():
    from causaltorch.ethics.filters import _is_netmask

    assert [_is_netmask(a) for a in ("255.255.255.0", "255.255.0.0", "255.0.0.0", "255.255.255.255",
                                     "255.255.255.128")] == [True] * 5
    assert [_is_netmask(a) for a in ("255.255.0.255", "254.0.0.0", "192.168.1.20", "0.0.0.0")] == [False] * 4
    masked = "Set the subnet mask to 255.255.255.0 on the lab router."
    assert not EthicalTextFilter.check_privacy_violation(masked)[0]
    text = "Her laptop is 203.0.113.42 and the subnet mask is 255.255.255.0."
    assert [(m.kind, m.text) for m in EthicalTextFilter.find_pii(text)] == [("ip", "203.0.113.42")]


@pytest.mark.parametrize(("text", "kinds"), [
    # identifiers that libphonenumber or the SSN shape read as personal data (found in the benign look-alikes of
    # heldout5, 7, 11, 12, 14, 15, 22 and 24), each next to the same digits written as what they look like
    ("Invoice INV-2024-000381 totals $1,249.50.", []),
    ("Order #A-2024-558193 still shows as processing.", []),
    ("Your order #4471-2290-1183 has shipped.", []),
    ("Lab sample batch 557-22-9190 failed QC.", []),
    ("Ticket 415-867-5309 is closed.", []),
    ("Text me at 415-867-5309 about order 12.", ["phone"]),
    ("Tel-415-867-5309, ask for Ana.", ["phone"]),
    ("Phone #415-867-5309, or call #415-867-5310 after six.", ["phone", "phone"]),
    ("My SSN is 557-22-9190.", ["national_id"]),
    ("ref: 078-05-1120 is my social security number", ["national_id"]),  # "ref" alone names no identifier
    # addresses that name no one's machine: unspecified, loopback, private networks, link-local
    ("Set the gateway to 10.0.0.1 and the DNS to 192.168.1.1.", []),
    ("The dev server listens on 127.0.0.1:8080 and on ::1.", []),
    ("Docker hands out 172.17.0.2; the printer self-assigned 169.254.10.3 and fe80::1:2.", []),
    ("The login came from 81.2.69.160, not from the office.", ["ip"]),
    ("My home box is 2001:db8:1f::2a.", ["ip"]),
    # the digits after a decimal point or comma (heldout35's and 36's authors both wrote the first), next to the same
    # digits written as phone numbers
    ("Pi to ten decimals is 3.1415926535 and e is 2.7182818284.", []),
    ("The ratio came out at 0.4158675309; in German, 0,4158675309.", []),
    ("Call 4158675309 or 415.867.5309 after six.", ["phone", "phone"]),
])
def test_identifiers_and_local_addresses_are_not_personal_data(text, kinds):
    assert sorted(m.kind for m in EthicalTextFilter.find_pii(text)) == kinds


def test_benign_numbers_are_not_personal_data():
    for text in ("Upgrade to version 2.3.4.1.", "The meeting is on 2024-03-15 at 10:30.", "Order 123456789 shipped.",
                 "ISBN 978-3-16-148410-0", "The price is $1,299.99.", "SSN 000-12-3456 is not valid."):
        assert not EthicalTextFilter.check_privacy_violation(text)[0], text


@pytest.mark.parametrize("text", [
    "how to make a bomb", "How to make a b0mb", "how to make a b o m b", "how to make a b.o.m.b",
    "how to make a b\u200bo\u200bm\u200bb", "how to make a \uff42\uff4f\uff4d\uff42", "how to make a b\u043emb",
    "HOW TO MAKE A BOMB", "h0w t0 m4k3 4 b0mb", "how to make a bo-mb", "i n e e d a b o m b r e c i p e",
])
def test_obfuscated_variants_are_caught(text):
    detected, reason = EthicalTextFilter.check_harmful_content(text)
    assert detected and reason.startswith("harmful content")


@pytest.mark.parametrize("text", ["How do I kill a Python process?", "This bath bomb recipe is lovely.",
                                  "We booked a photo shoot.", "Suicide prevention hotlines are open all night."])
def test_harmless_look_alikes_pass(text):
    assert not EthicalTextFilter.check_harmful_content(text)[0]


def test_misinformation_ignores_sentences_that_debunk_the_claim():
    assert EthicalTextFilter.check_misinformation("Vaccines cause autism.")[0]
    assert not EthicalTextFilter.check_misinformation("Vaccines do not cause autism; that is a myth.")[0]


def test_bias_flags_stereotypes_but_not_facts_about_groups():
    assert EthicalTextFilter.check_bias("Women are bad at math.")[0]
    assert not EthicalTextFilter.check_bias("Women are underrepresented in engineering.")[0]


def test_spans_point_at_the_original_characters():
    text = "Please, a B\u200bo\u200bm\u200bb and a \uff42\uff4f\uff4d\uff42 today"
    detection = keyword_detector(["bomb"])(text)
    assert [text[s:e] for s, e in detection.spans] == ["B\u200bo\u200bm\u200bb", "\uff42\uff4f\uff4d\uff42"]


# ---------------------------------------------------------------------- the spec's examples
def test_spec_constitution_example_runs_as_written():
    rules = load_default_ethical_rules()
    rules.append(EthicalRule(name="avoid_speculation", description="Avoid speculative medical advice",
                             detection_fn=lambda text: ("not a doctor" in text.lower(), None), action="warn"))
    constitution = EthicalConstitution(rules=rules)
    generated_output = "I'm not a doctor, but email me at doc@example.com."
    safe_output, passed, violations = constitution(generated_output)
    assert passed and "doc@example.com" not in safe_output
    assert {v["rule"] for v in violations} == {"privacy", "avoid_speculation"}


def test_spec_rules_with_text_filter_methods_run_as_written():
    rules = [
        EthicalRule(name="no_harm", description="Do not generate content that could cause harm to humans",
                    detection_fn=EthicalTextFilter.check_harmful_content, action="block", priority=10),
        EthicalRule(name="privacy", description="Protect private information in generated content",
                    detection_fn=EthicalTextFilter.check_privacy_violation, action="modify", priority=9),
    ]
    constitution = EthicalConstitution(rules=rules)
    _, passed, violations = constitution("I will kill you, call 415-555-0132")
    assert not passed and [v["rule"] for v in violations] == ["no_harm", "privacy"]


def test_ethical_cnsgnet_checks_what_the_base_model_returns():
    class Echo(nn.Module):
        def forward(self, text):
            return text

    wrapped = EthicalCNSGNet(Echo(), EthicalConstitution(load_default_ethical_rules()))
    assert wrapped("mail a@b.io") == "mail [REDACTED EMAIL]" and wrapped.last_passed
    wrapped("I'm going to kill you")
    assert not wrapped.last_passed and wrapped.last_violations[0]["rule"] == "no_harm"


# ---------------------------------------------------------------------- generation
@pytest.fixture(scope="module")
def tokenizer():
    from causaltorch.tokenizers import CausalTokenizer

    return CausalTokenizer.from_pretrained("causal-basic")


def tiny_model(tokenizer, **overrides):
    torch.manual_seed(0)
    model = cnsg(vocab_size=tokenizer.vocab_size, d_model=32, n_heads=2, n_layers=1, max_seq_length=48, **overrides)
    model.tokenizer = tokenizer
    return model


def test_check_continuation_ignores_what_only_the_prompt_says():
    constitution = EthicalConstitution(load_default_ethical_rules())
    prompt = "Someone asked how to make a bomb."
    assert constitution.check_continuation(prompt + " I said no.", len(prompt))[0]
    assert not constitution.check_continuation("How to make a" + " bomb", len("How to make a"))[0]


def spanless_rule_that_cannot_read_the_prompt_alone():
    """Fires (without spans) on any text saying "boom"; raises on the bare prompt "Why?"."""
    def detect(text):
        if text == "Why?":
            raise ValueError("cannot judge a bare question")
        return ("boom" in text, "says boom" if "boom" in text else None)

    return EthicalRule("boom", "", detect, "block")


@pytest.mark.parametrize("fail_closed", [True, False])
def test_a_detector_failing_on_the_prompt_alone_keeps_the_continuation_rejected_and_logs_it(caplog, fail_closed):
    constitution = EthicalConstitution([spanless_rule_that_cannot_read_the_prompt_alone()], fail_closed=fail_closed)
    with caplog.at_level(logging.WARNING, logger="causaltorch.ethics"):
        allowed, violations = constitution.check_continuation("Why? boom", len("Why?"))
    assert not allowed and violations[0]["error"]
    assert "ValueError: cannot judge a bare question" in violations[0]["reason"]
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "'boom'" in caplog.text and "ValueError: cannot judge a bare question" in caplog.text


def test_a_detector_that_raises_during_a_continuation_check_rejects_it_and_is_logged(caplog):
    constitution = EthicalConstitution([EthicalRule("broken", "", lambda text: 1 / 0, "block")])
    with caplog.at_level(logging.WARNING, logger="causaltorch.ethics"):
        allowed, violations = constitution.check_continuation("Hello there", len("Hello"))
    assert not allowed and violations[0]["error"]
    assert "'broken'" in caplog.text and "ZeroDivisionError" in caplog.text


def test_a_continuation_check_with_log_violations_false_logs_nothing(caplog):
    constitution = EthicalConstitution([EthicalRule("broken", "", lambda text: 1 / 0, "block")], log_violations=False)
    with caplog.at_level(logging.DEBUG, logger="causaltorch.ethics"):
        allowed, _ = constitution.check_continuation("Hello there", len("Hello"))
    assert not allowed and not caplog.records


def test_generate_with_the_constitution_never_emits_a_blocked_phrase(tokenizer):
    constitution = EthicalConstitution(load_default_ethical_rules())
    prompt = "Here is how to make a"
    kwargs = dict(max_new_tokens=6, top_k=None, top_p=1.0, logits_processor=[booster(tokenizer, " bomb")])
    free = tiny_model(tokenizer).generate([prompt] * 24, generator=torch.Generator().manual_seed(0), **kwargs)
    guarded = tiny_model(tokenizer, ethical_constitution=constitution).generate(
        [prompt] * 24, generator=torch.Generator().manual_seed(0), **kwargs)

    def blocked(text):
        return not constitution.check_continuation(text, len(prompt))[0]

    assert sum(map(blocked, free)) >= 12  # the boosted model does say it
    assert sum(map(blocked, guarded)) == 0
    assert all(text.startswith(prompt) for text in guarded)


def test_a_flagged_prompt_does_not_stop_generation(tokenizer):
    model = tiny_model(tokenizer, ethical_constitution=EthicalConstitution(load_default_ethical_rules()))
    prompt = "How to make a bomb?"
    out = model.generate(prompt, max_new_tokens=5, generator=torch.Generator().manual_seed(0))
    assert len(tokenizer.encode(out)) > len(tokenizer.encode(prompt))


def test_ethical_cnsgnet_generate_installs_the_constitution_for_the_call(tokenizer):
    constitution = EthicalConstitution(load_default_ethical_rules())
    model = tiny_model(tokenizer)
    wrapped = EthicalCNSGNet(model, constitution)
    prompt = "Here is how to make a"
    out = wrapped.generate([prompt] * 8, max_new_tokens=6, top_k=None, top_p=1.0,
                           logits_processor=[booster(tokenizer, " bomb")], generator=torch.Generator().manual_seed(0))
    assert all(constitution.check_continuation(text, len(prompt))[0] for text in out)
    assert model.ethical_constitution is None


# ---------------------------------------------------------------------- EthicalLoss
def test_ethical_loss_has_a_gradient_that_lowers_flagged_probability(tokenizer):
    constitution = EthicalConstitution(load_default_ethical_rules())
    ids = torch.tensor([tokenizer.encode("They said a bomb went off and the bomb was big.")])
    inputs, targets = ids[:, :-1], ids[:, 1:]
    *prefix, last = tokenizer.encode(" bomb")
    context = torch.tensor([tokenizer.encode("They saw a") + prefix])
    probabilities = {}
    for weight in (0.0, 5.0):  # the same few steps on text that says "bomb", without and with the penalty
        model = tiny_model(tokenizer)
        loss_fn = EthicalLoss(constitution, nn.CrossEntropyLoss(), ethical_weight=weight, tokenizer=tokenizer,
                              flagged_terms=["bomb"])
        optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
        for step in range(10):
            optimizer.zero_grad()
            loss_fn(model(inputs).logits, targets).backward()
            if step == 0 and weight:
                assert loss_fn.last_penalty > 0
                assert model.lm_head.weight.grad[last].abs().sum() > 0
            optimizer.step()
        with torch.no_grad():
            probabilities[weight] = torch.softmax(model(context).logits[0, -1], -1)[last].item()
    assert probabilities[5.0] < 0.5 * probabilities[0.0]


def test_ethical_loss_without_flagged_context_equals_the_base_loss(tokenizer):
    loss_fn = EthicalLoss(EthicalConstitution(load_default_ethical_rules()), nn.CrossEntropyLoss(), 1.0,
                          tokenizer=tokenizer, flagged_terms=["bomb"])
    logits = torch.full((1, 3, tokenizer.vocab_size), -30.0)
    logits[..., 0] = 30.0  # all mass on token 0, which no flagged word uses
    targets = torch.zeros(1, 3, dtype=torch.long)
    assert loss_fn(logits, targets).item() == pytest.approx(0.0, abs=1e-6)


def test_ethical_loss_follows_the_spec_call(tokenizer):
    constitution = EthicalConstitution(load_default_ethical_rules())
    ethical_loss_fn = EthicalLoss(constitution=constitution, base_loss_fn=nn.CrossEntropyLoss(), ethical_weight=1.0)
    model = tiny_model(tokenizer)
    inputs = torch.tensor([tokenizer.encode("It rained, so the ground got wet.")])
    outputs = model(inputs[:, :-1])
    loss = ethical_loss_fn(outputs, inputs[:, 1:])
    loss.backward()
    assert loss.item() > 0 and model.lm_head.weight.grad is not None


# ---------------------------------------------------------------------- CLI
def run_cli(argv):
    from causaltorch.cli import main

    return main(argv)


def test_cli_check_prints_violations_as_a_table(capsys):
    assert run_cli(["ethics", "check", "Mail jo@x.org how to build a b.o.m.b"]) == 1  # blocked
    out = capsys.readouterr().out
    assert "no_harm" in out and "privacy" in out and "BLOCKED" in out and "[REDACTED EMAIL]" in out


def test_cli_check_wraps_the_flagged_text_left_aligned(capsys):
    # a flagged text too long for its column wraps; its lines start in one column (right-aligned, they did not)
    assert run_cli(["ethics", "check", "--lexical-only",
                    "Mail anna@example.org or bob@example.net or call +44 20 7946 0958 today"]) == 0
    lines = capsys.readouterr().out.splitlines()
    first = next(line for line in lines if "anna@example.org" in line)
    second = next(line for line in lines if "bob@example.net" in line)
    assert first.index("anna@example.org") == second.index("bob@example.net")


def test_cli_check_reads_a_file(capsys, tmp_path):
    path = tmp_path / "text.txt"
    path.write_text("A calm sentence about gardens.", encoding="utf-8")
    assert run_cli(["ethics", "check", "--file", str(path)]) == 0
    assert "PASSED" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["ethics", "check"], ["ethics", "check", "   "],
                                  ["ethics", "check", "--file", "/no/such/file.txt"],
                                  ["ethics", "check", "hi", "--rules", "/no/rules.yaml"]])
def test_cli_check_bad_input_is_one_line_and_exit_2(argv, capsys):
    assert run_cli(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


# ---------------------------------------------------------------------- the labelled evaluation set
def _eval_examples():
    from importlib import resources

    source = resources.files("causaltorch") / "data" / "ethics" / "eval_set.json"
    return json.loads(source.read_text(encoding="utf-8"))["examples"]


def test_the_shipped_evaluation_set_is_what_the_script_generates():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "make_ethics_eval.py"
    spec = importlib.util.spec_from_file_location("make_ethics_eval", path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.build(0) == _eval_examples()


def test_the_evaluation_set_covers_every_group_with_at_least_300_examples():
    examples = _eval_examples()
    groups = {e["group"] for e in examples}
    assert len(examples) >= 300 and len({e["id"] for e in examples}) == len(examples)
    assert groups == {"harmful", "benign_harm", "pii", "benign_pii", "bias", "benign_bias", "misinformation",
                      "benign_misinformation"}
    assert {e["variant"] for e in examples if e["group"] == "harmful"} > {"plain", "leet", "zero_width", "homoglyph"}


def test_default_rules_keep_their_scores_on_the_dev_split():
    # the lexical detectors; the semantic one (the default when its extra is installed) is measured in
    # tests/test_ethics_semantic.py and docs/benchmarks.md
    rules = {rule.name: rule for rule in load_default_ethical_rules(semantic=False)}
    dev = [e for e in _eval_examples() if e["split"] == "dev"]
    for name, rule in rules.items():
        flagged = [rule.detect(e["text"]).detected for e in dev]
        positives = [f for f, e in zip(flagged, dev) if e["labels"][name]]
        negatives = [f for f, e in zip(flagged, dev) if not e["labels"][name]]
        assert sum(positives) / len(positives) >= 0.98, name
        assert sum(negatives) / len(negatives) <= 0.02, name


# ---------------------------------------------------------------------- the spec's check, assess and blur
def test_a_rules_check_says_whether_the_output_complies_and_why_not():
    rule = word_rule("rude", "warn")
    assert rule.check("so rude") == (False, "mentions rude")
    assert rule.check("so kind") == (True, None)
    image_rule = EthicalRule("dark", "no dark images", lambda x: (bool(x.mean() < 0.5), "dark"), "block",
                             applies_to="image")
    assert image_rule.check("text is not an image") == (True, None)


def test_assess_is_the_severity_of_the_gravest_broken_rule_and_records_nothing():
    constitution = EthicalConstitution([word_rule("rude", "warn"), word_rule("bomb", "block"),
                                        word_rule("email", "modify"), word_rule("meh", "log")])
    assert constitution.assess("all fine") == 0.0
    assert constitution.assess("meh") == 0.2
    assert constitution.assess("so rude") == 0.5
    assert constitution.assess("rude email") == 0.8
    assert constitution.assess("a rude bomb email") == 1.0
    assert constitution.assess(["fine", "rude", "bomb"]) == [0.0, 0.5, 1.0]
    assert len(constitution.violations) == 0


def test_assess_counts_a_failing_detector_as_a_block_only_when_failing_closed():
    def broken(text):
        raise RuntimeError("detector down")

    rules = [EthicalRule("broken", "", broken, "log")]
    assert EthicalConstitution(rules).assess("anything") == 1.0
    assert EthicalConstitution(rules, fail_closed=False).assess("anything") == 0.0


def test_blur_sensitive_content_masks_what_any_rule_flags_whatever_its_action():
    constitution = EthicalConstitution([word_rule("rude", "warn"), word_rule("bomb", "block")])
    assert blur_sensitive_content("a rude bomb, ok", constitution) == "a **** ****, ok"
    assert blur_sensitive_content(["rude", "fine"], constitution) == ["****", "fine"]


def test_blur_sensitive_content_uses_the_bundled_rules_for_text_and_blurs_whole_images_without_rules():
    assert blur_sensitive_content("Write to jane.doe@example.com") == "Write to " + "*" * len("jane.doe@example.com")
    assert blur_sensitive_content("A calm day.") == "A calm day."
    images = torch.rand(2, 3, 16, 16)
    torch.testing.assert_close(blur_sensitive_content(images), blur_regions(images))


def test_blur_sensitive_content_masks_a_whole_text_it_cannot_locate_the_flag_in():
    unlocated = EthicalRule("vague", "", lambda text: ("secret" in text, "secret"), "warn")
    assert blur_sensitive_content("my secret plan", EthicalConstitution([unlocated])) == "** ****** ****"


def test_blur_sensitive_content_blurs_only_the_images_an_image_rule_flags():
    bright = EthicalRule("bright", "", lambda x: (x.mean(dim=(1, 2, 3)) > 0.5, "bright"), "warn",
                         applies_to="image")
    images = torch.stack([torch.full((3, 8, 8), 0.2), torch.rand(3, 8, 8) * 0.2 + 0.8])
    blurred = blur_sensitive_content(images, EthicalConstitution([bright]))
    assert torch.equal(blurred[0], images[0]) and not torch.equal(blurred[1], images[1])


def test_an_email_with_a_bare_at_is_found_but_ordinary_at_phrases_are_not():
    assert EthicalTextFilter.check_privacy_violation("Reach me at priya_r at example.net after six.").detected
    assert EthicalTextFilter.check_privacy_violation("Write to jo.smith at mail.example.org today.").detected
    for text in ("Look at google.com for details.", "We met at example.com headquarters.", "I am at home."):
        assert not EthicalTextFilter.check_privacy_violation(text).detected
