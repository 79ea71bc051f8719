"""``causaltorch text …``: train a causal text model and generate with rules, interventions and bans.

    causaltorch text train --corpus FILE|bundled [--rules FILE|bundled] --steps N --out DIR [--resume]
                           [--devices --num-nodes --strategy --precision --track [STORE] --batch-size --lr …]
    causaltorch text generate --model DIR [--rules FILE] "If it rains," [--do rain=0] [--forbid word]
                              [--ethics default|lexical|RULES]
                              [--decoding auto|constrained|processors --num-beams --lookahead --constraint-weight]
    causaltorch text counterfactual "It rained, so the ground got wet." --do rain=0 [--rules FILE] [--model DIR]

Torch, Lightning and tokenizers load inside the handlers: every command builds the whole parser.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from causaltorch import _validate
from causaltorch.cli._args import (
    ASSIGNMENT_FORM,
    add_trainer_options,
    output_folder,
    parse_assignments,
    positive_options,
    torch_device,
    tracking_option,
    trainer_options,
    utf8_argument,
)
from causaltorch.cli._ui import quiet_lightning, say
from causaltorch.errors import CausalTorchError, DataError, require

__all__ = ["TRAIN_FILES", "add_commands"]

BUNDLED = "bundled"
# What `text train` writes inside --out, checked before any work (the logs' folder stands for the CSV log).
TRAIN_FILES = ("model/config.json", "model/model.safetensors", "model/tokenizer.json", "model/tokenizer_config.json",
               "data/train.bin", "data/valid.bin", "checkpoints/last.ckpt", "logs/version_0/metrics.csv")
_MODEL_SHAPE = ("d_model", "n_layers", "n_heads", "max_seq_length")
_DEFAULT_SHAPE = {"d_model": 128, "n_layers": 4, "n_heads": 4}
MAX_LAYERS = 1024


def add_commands(subparsers: Any) -> None:
    """Register ``text train`` and ``text generate`` on the top-level subparsers."""
    text = subparsers.add_parser("text", help="train causal text models and generate text that follows rules")
    actions = text.add_subparsers(dest="text_command", required=True, metavar="ACTION")

    train = actions.add_parser("train", help="train a cnsg language model with Lightning")
    train.add_argument("--corpus", default=BUNDLED, metavar="FILE|bundled",
                       help="text file, one document per line, or 'bundled' for the bundled corpus (default)")
    train.add_argument("--valid", default=None, metavar="FILE",
                       help="held-out text for validation loss (default: the bundled valid split with "
                            "--corpus bundled)")
    train.add_argument("--rules", default=None, metavar="FILE|bundled",
                       help="the model's causal rules: a rule file, a bundled name, or 'bundled' for the corpus's "
                            "knowledge base (default: none; rules can also be given when generating)")
    train.add_argument("--steps", type=int, required=True, help="optimizer steps in total (also when resuming)")
    train.add_argument("--out", type=Path, required=True, help="output folder: model/, checkpoints, logs, token files")
    train.add_argument("--resume", action="store_true", help="continue from the latest checkpoint in --out")
    train.add_argument("--tokenizer", default="causal-basic",
                       help="tokenizer folder or bundled name (default: causal-basic)")
    train.add_argument("--d-model", type=int, default=None, help=f"model width (default: {_DEFAULT_SHAPE['d_model']})")
    train.add_argument("--n-layers", type=int, default=None, help=f"layers (default: {_DEFAULT_SHAPE['n_layers']})")
    train.add_argument("--n-heads", type=int, default=None,
                       help=f"attention heads (default: {_DEFAULT_SHAPE['n_heads']})")
    train.add_argument("--max-seq-length", type=int, default=None, help="longest sequence (default: --block-size)")
    train.add_argument("--block-size", type=int, default=64, help="tokens per training window (default: 64)")
    train.add_argument("--batch-size", type=int, default=32, help="windows per batch and device (default: 32)")
    train.add_argument("--lr", type=float, default=1e-3, help="peak learning rate (default: 1e-3)")
    train.add_argument("--warmup-steps", type=int, default=None, help="linear warm-up steps (default: steps / 10)")
    train.add_argument("--checkpoint-every", type=int, default=None,
                       help="steps between checkpoints (default: steps / 5)")
    train.add_argument("--val-every", type=int, default=None,
                       help="steps between validations when there is validation text (default: steps / 5)")
    train.add_argument("--log-every", type=int, default=None,
                       help="steps between logged losses (default: 1 with --track, else 10)")
    train.add_argument("--num-workers", type=int, default=0, help="DataLoader worker processes (default: 0)")
    train.add_argument("--progress-bar", choices=("tqdm", "rich", "none"), default="tqdm",
                       help="progress bar on stderr (default: tqdm)")
    train.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    add_trainer_options(train, "text")
    train.set_defaults(handler=_cmd_train)

    generate = actions.add_parser("generate", help="continue a prompt with a trained model, guided by rules")
    generate.add_argument("prompts", nargs="+", metavar="PROMPT", help="text to continue (several: one batch)")
    generate.add_argument("--model", type=Path, default=None,
                          help="folder of a saved model (config.json + model.safetensors); default: the shipped "
                               "pretrained causal-small")
    generate.add_argument("--rules", default=None, metavar="FILE",
                          help="rules to guide generation (default: the model's own); 'bundled' for the corpus's")
    generate.add_argument("--do", action="append", metavar=ASSIGNMENT_FORM,
                          help="intervention(s) on the rules; repeat or separate with commas")
    generate.add_argument("--forbid", action="append", metavar="WORD",
                          help="a word or phrase that must not appear; repeat")
    generate.add_argument("--ethics", default=None, metavar="RULES",
                          help="guard the text with an ethical constitution: 'default' (the bundled rules, with the "
                               "semantic detector when the ethics-semantic extra is installed), 'lexical' (their word "
                               "patterns only) or a rule file (YAML / JSON). Decoding with processors, a sentence it "
                               "blocks is drawn again, up to 5 times, then the row ends there; the constrained "
                               "search drops the candidates it blocks (default: no constitution)")
    generate.add_argument("--tokenizer", default=None,
                          help="tokenizer folder or bundled name (default: the model folder's, else causal-basic)")
    generate.add_argument("--max-new-tokens", type=int, default=40, help="new tokens at most (default: 40)")
    generate.add_argument("--temperature", type=float, default=0.8,
                          help="sampling temperature; 0 or less is greedy (default: 0.8)")
    generate.add_argument("--top-k", type=int, default=50,
                          help="sample from the k likeliest tokens; 0: all (default: 50)")
    generate.add_argument("--top-p", type=float, default=0.9, help="nucleus sampling mass in (0, 1] (default: 0.9)")
    generate.add_argument("--rule-strength", type=float, default=5.0,
                          help="logit bias per unit effect intensity; 0 turns rule biasing off (default: 5)")
    generate.add_argument("--decoding", choices=("auto", "constrained", "processors"), default="auto",
                          help="constrained: a lookahead beam search that states the effects the rules imply and "
                               "never a forbidden or intervened-away word; processors: cheap token-level logit "
                               "biasing; auto (default): constrained when --rules, --do or --forbid is given")
    generate.add_argument("--num-beams", type=int, default=4, help="constrained decoding: beams kept (default: 4)")
    generate.add_argument("--lookahead", type=int, default=0,
                          help="constrained decoding: greedy tokens rolled out per candidate; 3 reads a little "
                               "better held-out and costs about 1.6x the time (default: 0)")
    generate.add_argument("--constraint-weight", type=float, default=6.0,
                          help="constrained decoding: log-likelihood credited per constraint met (default: 6)")
    generate.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    generate.add_argument("--device", default=None, help="torch device (default: cuda if available, else cpu)")
    generate.set_defaults(handler=_cmd_generate)

    counterfactual = actions.add_parser(
        "counterfactual", help="rewrite a text as it would read under do(): the cause negated, its effects too")
    counterfactual.add_argument("text", metavar="TEXT", help='the story, e.g. "It rained, so the ground got wet."')
    counterfactual.add_argument("--do", action="append", required=True, metavar=ASSIGNMENT_FORM,
                                help="intervention(s); repeat or separate with commas (e.g. rain=0)")
    counterfactual.add_argument("--rules", default=None, metavar="FILE|bundled",
                                help="the rules (default: --model's own, else the bundled knowledge base)")
    counterfactual.add_argument("--model", type=Path, default=None,
                                help="a saved model folder whose rules to use when --rules is not given")
    counterfactual.set_defaults(handler=_cmd_counterfactual)


# ---------------------------------------------------------------------------------------- helpers
def _load_rules(name: str | None):
    from causaltorch.rules import CausalRuleSet

    if name is None:
        return None
    if name == BUNDLED:
        from causaltorch.text.corpus import knowledge_base

        return knowledge_base()
    return CausalRuleSet.load(name)


def _text_file(value: str, option: str) -> Path:
    """The file ``value`` of ``option``, checked to be UTF-8 text now rather than after the model is set up."""
    from causaltorch.text.corpus import check_utf8

    path = Path(value)
    if not path.is_file():
        raise DataError(f"{option} {value!r} is not a text file; give a file with one document per line"
                        f"{' or bundled' if option == '--corpus' else ''}.")
    try:
        check_utf8(path)
    except DataError as exc:
        raise DataError(f"{option}: {exc}") from None
    return path


# ---------------------------------------------------------------------------------------- train
def _cmd_train(args: argparse.Namespace, console: Any) -> None:
    positive_options(args, "steps", "block_size", "batch_size", "d_model", "n_layers", "n_heads", "max_seq_length",
                     "checkpoint_every", "val_every", "log_every")
    # Deeper than any published decoder (about 100 blocks) by ten times: past it, building the blocks alone
    # takes minutes before the first step, so a typo such as 200000 is refused instead of attempted.
    _validate.optional(_validate.integer, "--n-layers", args.n_layers, 1, MAX_LAYERS)
    _validate.optional(_validate.nonnegative_int, "--warmup-steps", args.warmup_steps, what="0 or more")
    _validate.nonnegative_int("--num-workers", args.num_workers, what="0 or more")
    _validate.positive("--lr", args.lr, what="a positive learning rate")
    hardware = trainer_options(args)
    output_folder(args.out, files=TRAIN_FILES)
    created = not args.out.exists()
    if args.corpus == BUNDLED:
        from causaltorch.text.corpus import corpus_path

        corpus, valid = corpus_path("train"), corpus_path("valid")
    else:
        corpus, valid = _text_file(args.corpus, "--corpus"), None
    if args.valid is not None:
        valid = _text_file(args.valid, "--valid")
    rules = _load_rules(args.rules)
    for module in ("lightning", "tokenizers", "safetensors"):  # all of them now, not after hours of training
        require(module, "text", "training text models")

    from causaltorch._checkpoint import check_model_fits
    from causaltorch.text.corpus import read_documents
    from causaltorch.text.model import CausalTransformer, CausalTransformerConfig, cnsg
    from causaltorch.tokenizers import CausalTokenizer
    from causaltorch.training.distributed import is_first_process
    from causaltorch.training.options import lightning_trainer
    from causaltorch.training.seeding import seed_everything
    from causaltorch.training.text import (
        CHECKPOINT_DIR,
        CausalLMModule,
        TokenDataModule,
        TrainingInterrupted,
        cfs_fidelity,
        checkpoint_model_config,
        latest_checkpoint,
        make_trainer,
    )
    from causaltorch.training.tokens import prepare_tokens

    quiet_lightning(args.verbose)
    lightning_trainer(logger=False, enable_checkpointing=False, **hardware)  # Lightning's verdict on the setup
    first = is_first_process()  # the others (DDP ranks a launcher started) write nothing

    tokenizer = CausalTokenizer.from_pretrained(args.tokenizer)
    given = {name: getattr(args, name) for name in _MODEL_SHAPE if getattr(args, name) is not None}
    if args.resume:
        checkpoint = latest_checkpoint(args.out)
        config = CausalTransformerConfig.from_dict(checkpoint_model_config(checkpoint))
        clashes = [f"--{name.replace('_', '-')} {value} (the run has {getattr(config, name)})"
                   for name, value in given.items() if getattr(config, name) != value]
        if rules is not None and config.causal_rules != rules.to_dict():
            clashes.append("--rules (the run was trained with other rules)")
        if clashes:
            raise DataError(f"--resume continues the run in {args.out} as it was built; drop {', '.join(clashes)}.")
    else:
        checkpoint = None
        if first and (args.out / CHECKPOINT_DIR).is_dir() and any((args.out / CHECKPOINT_DIR).glob("*.ckpt")):
            raise DataError(f"{args.out} already holds a training run; pass --resume to continue it, "
                            "or choose another --out.")
        shape = {**_DEFAULT_SHAPE, "max_seq_length": args.block_size, **given}
        config = CausalTransformerConfig(vocab_size=tokenizer.vocab_size, causal_rules=rules,
                                         eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
                                         **shape)
    if tokenizer.vocab_size > config.vocab_size:
        raise DataError(f"The tokenizer has {tokenizer.vocab_size} ids but the model only {config.vocab_size}; "
                        "resume with the tokenizer the run was trained with.")
    if args.block_size > config.max_seq_length:
        raise DataError(f"--block-size {args.block_size} exceeds the model's max_seq_length {config.max_seq_length}.")

    # The model's size before the slow work (building it checks again, after the tokens are written).
    check_model_fits(lambda n_layers: CausalTransformer(replace(config, n_layers=n_layers)), config.n_layers,
                     f"A text model {config.n_layers} blocks deep of width {config.d_model} and vocabulary "
                     f"{config.vocab_size}", "choose smaller --n-layers, --d-model or --max-seq-length")
    every = max(1, args.steps // 5)
    valid_file = args.out / "data" / "valid.bin" if valid is not None else None
    scored = args.track is not None and rules is not None and any(rule.strength > 0 for rule in rules.rules)
    fidelity = cfs_fidelity(tokenizer, rules) if scored else None  # the CFS of the trained model, when tracked
    trainer = make_trainer(  # before the slow work
        args.steps, args.out, **hardware, progress_bar=args.progress_bar,
        checkpoint_every=args.checkpoint_every or every,
        val_every=(args.val_every or every) if valid_file is not None else None,
        log_every_n_steps=args.log_every, tracking=tracking_option(args, "text"), fidelity=fidelity,
    )
    train_file = args.out / "data" / "train.bin"
    written: list[Path] = []
    try:
        for source, target in ((corpus, train_file), (valid, valid_file)):
            if first and source is not None and not (args.resume and target.is_file()):  # tokenized once per run
                written.append(target)
                prepare_tokens(read_documents(source), tokenizer, target)
        data = TokenDataModule(train_file, args.block_size, args.batch_size, val_file=valid_file,
                               num_workers=args.num_workers, seed=args.seed, defer_open=not first)
    except (CausalTorchError, KeyboardInterrupt) as exc:
        # too little text for one batch, a bad corpus, Ctrl-C: leave no token files behind (a new run's --out too)
        for path in written:
            path.unlink(missing_ok=True)
        if created and first:
            shutil.rmtree(args.out, ignore_errors=True)
        if isinstance(exc, DataError):  # said of the token files: say it of the user's files and options
            message = str(exc).replace(f"{train_file} holds", f"--corpus {corpus} holds")
            message = message.replace(f"{valid_file} holds", f"--valid {valid} holds")
            for name in ("block_size", "batch_size"):
                message = message.replace(name, "--" + name.replace("_", "-"))
            raise DataError(message) from None
        raise
    seed_everything(args.seed)
    model = cnsg(config)
    warmup = args.warmup_steps if args.warmup_steps is not None else args.steps // 10
    module = CausalLMModule(model, learning_rate=args.lr, warmup_steps=warmup)
    try:
        trainer.fit(module, datamodule=data, ckpt_path=checkpoint, weights_only=True)
    except TrainingInterrupted as exc:
        if exc.checkpoint is None:
            raise
        raise KeyboardInterrupt(f"{exc}; run the same command with --resume to continue") from None
    if not first:
        return
    tokenizer.save_pretrained(args.out / "model")
    loss = trainer.callback_metrics.get("train_loss")
    summary = f"trained to step {trainer.global_step}"
    if loss is not None:
        summary += f", last training loss {float(loss):.3f}"
    say(console, summary)
    say(console, f"wrote {args.out / 'model'}  (config.json, model.safetensors, tokenizer)")


# ---------------------------------------------------------------------------------------- generate
def _cmd_generate(args: argparse.Namespace, console: Any) -> None:
    interventions = parse_assignments(args.do, "--do")
    positive_options(args, "max_new_tokens", "num_beams")
    _validate.nonnegative_int("--lookahead", args.lookahead, what="0 or more")
    _validate.nonnegative("--constraint-weight", args.constraint_weight, what="a number >= 0")
    if any(not prompt.strip() for prompt in args.prompts):
        raise DataError("A prompt is empty; give some text to continue, e.g. \"If it rains,\".")
    for number, prompt in enumerate(args.prompts, 1):
        utf8_argument(prompt, f"PROMPT {number}" if len(args.prompts) > 1 else "The prompt")
    forbidden = [utf8_argument(word, "--forbid") for word in args.forbid or []]
    if any(not word.strip() for word in forbidden):
        raise DataError("--forbid got an empty word; give a word or phrase.")
    device = torch_device(args.device)
    rules = _load_rules(args.rules)
    constitution = _constitution(args.ethics)

    import torch

    from causaltorch.text.model import CausalTransformer
    from causaltorch.tokenizers import CausalTokenizer

    if args.model is None:  # the shipped model, checked file by file against its manifest (never a fallback)
        from causaltorch.text.pretrained import check_pretrained

        args.model = check_pretrained("causal-small")
    tokenizer_source = args.tokenizer
    if tokenizer_source is None:
        tokenizer_source = args.model if (args.model / "tokenizer.json").is_file() else "causal-basic"
    tokenizer = CausalTokenizer.from_pretrained(tokenizer_source)
    model = CausalTransformer.from_pretrained(args.model, device=device, tokenizer=tokenizer)
    if tokenizer.vocab_size > model.config.vocab_size:
        raise DataError(f"The tokenizer has {tokenizer.vocab_size} ids but the model only {model.config.vocab_size}; "
                        "pass the tokenizer the model was trained with (--tokenizer).")
    model.ethical_constitution = constitution
    generator = torch.Generator(device=device).manual_seed(args.seed)
    with _rows_the_constitution_ended() as ended:
        texts = model.generate(
            list(args.prompts), max_new_tokens=args.max_new_tokens, temperature=args.temperature, top_k=args.top_k,
            top_p=args.top_p, do_sample=args.temperature > 0, causal_rules=rules, causal_interventions=interventions,
            causal_constraints={"forbidden_words": forbidden} if forbidden else None,
            rule_strength=args.rule_strength, generator=generator, decoding=args.decoding, num_beams=args.num_beams,
            lookahead=args.lookahead, constraint_weight=args.constraint_weight,
        )
    for text in texts:
        say(console, text)
    for row in sorted(set(ended)):  # stdout holds only the texts; why one stops short goes to stderr
        which = f"PROMPT {row + 1}" if len(args.prompts) > 1 else "The prompt"
        sys.stderr.write(f"note: {which}: the ethical constitution blocked a sentence and every redraw of it, so the "
                         "text ends before that sentence.\n")


@contextlib.contextmanager
def _rows_the_constitution_ended() -> Iterator[list[int]]:
    """The rows `generate` ends early because the ethical constitution blocked every redraw of a sentence (it logs
    each at WARNING, which the command line does not show without -v), collected while the block runs."""
    logger = logging.getLogger("causaltorch.text.generation")
    ended: list[int] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            if message.startswith(("The ethical constitution blocked", "Every token is banned for sequence")):
                ended.extend(int(n) for n in re.findall(r"sequence (\d+)", message))

    handler, level, propagate = Collect(logging.WARNING), logger.level, logger.propagate
    logger.addHandler(handler)
    if not logger.isEnabledFor(logging.WARNING):  # without -v: collected here instead of printed as a log line
        logger.setLevel(logging.WARNING)
        logger.propagate = False
    try:
        yield ended
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def _constitution(spec: str | None) -> Any:
    """The `EthicalConstitution` that ``--ethics`` names (None without the flag), built before the model loads."""
    if spec is None:
        return None
    from causaltorch.ethics.constitution import EthicalConstitution, load_default_ethical_rules, load_ethical_rules

    spec = utf8_argument(spec, "--ethics")
    if spec in ("default", "lexical"):
        return EthicalConstitution(load_default_ethical_rules(semantic=False if spec == "lexical" else None))
    path = Path(spec)
    if not path.is_file():
        raise DataError(f"--ethics {spec!r} is neither 'default', 'lexical' nor a rule file; give one of those "
                        "(a rule file is YAML / JSON, see causaltorch.ethics.load_ethical_rules).")
    return EthicalConstitution(load_ethical_rules(path))


# ---------------------------------------------------------------------------------------- counterfactual
def _cmd_counterfactual(args: argparse.Namespace, console: Any) -> None:
    interventions = parse_assignments(args.do, "--do")
    text = utf8_argument(args.text, "TEXT")
    if not text.strip():
        raise DataError('TEXT is empty; give a story to rewrite, e.g. "It rained, so the ground got wet.".')
    rules = _load_rules(args.rules)
    if rules is None and args.model is not None:
        import json

        from causaltorch.rules import CausalRuleSet

        config = args.model / "config.json"
        if not config.is_file():
            raise DataError(f"--model {args.model} has no config.json; give a saved model folder or --rules.")
        own = json.loads(config.read_text(encoding="utf-8")).get("causal_rules")
        if not own:
            raise DataError(f"The model in {args.model} has no rules; give --rules FILE or --rules bundled.")
        rules = CausalRuleSet.from_dict(own)
    if rules is None:
        rules = _load_rules(BUNDLED)
    from causaltorch.text.counterfactual import rewrite_counterfactual

    result = rewrite_counterfactual(rules, text, interventions)
    label = "do(" + ", ".join(f"{name}={value:g}" for name, value in result.interventions.items()) + ")"
    say(console, f"original:        {result.original}")
    say(console, f"under {label}: {result.rewritten}")
    if result.negated:
        say(console, f"negated: {', '.join(result.negated)}")
