"""Causal video: clips from the temporal SCM, the time-causal predictor, generation, metrics, GIFs, bad input."""

import json
import re

import pytest
import torch

from causaltorch.errors import (
    CheckpointError,
    DataError,
    InterventionError,
    OutputError,
    RuleValidationError,
    UnknownVariableError,
)
from causaltorch.layers import TemporalCausalConv
from causaltorch.metrics import psnr, ssim, temporal_consistency, temporal_rule_fidelity
from causaltorch.models import CausalFramePredictor, CNSGNet
from causaltorch.rules import CausalRuleSet
from causaltorch.video import CausalClips, EffectDetector, VideoModelConfig, read_gif, write_frame_grid, write_gif

T = 24


def only(events: dict[str, int]) -> dict[str, dict[int, float]]:
    """An intervention schedule in which each event fires at exactly the given frame and never otherwise."""
    schedule = {name: {t: 0.0 for t in range(T)} for name in ("hoof_impact", "arrow_hit", "explosion")}
    for name, frame in events.items():
        schedule[name][frame] = 1.0
    return schedule


def frames_on(clips: CausalClips, name: str, clip: int = 0) -> list[int]:
    return (clips.states[clip, :, clips.column(name)] > 0.5).nonzero().flatten().tolist()


pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def detector():
    real = CausalClips(96, seed=11)
    return EffectDetector().fit(real.frames(), real.states, real.variables)


def tiny_config(**overrides):
    settings = {"hidden_channels": 8, "num_layers": 2, "temporal_kernel": 2, "state_map_channels": 2}
    return VideoModelConfig(**{**settings, **overrides})


# ---------------------------------------------------------------------- clips from the temporal SCM
def test_rollout_puts_each_effect_exactly_offset_frames_after_its_cause_for_its_duration():
    clips = CausalClips(1, seed=0, interventions=only({"hoof_impact": 3, "arrow_hit": 5, "explosion": 2}))
    assert frames_on(clips, "dust") == [4, 5, 6, 7]  # offset 1, duration 4
    assert frames_on(clips, "soldier_fall") == list(range(8, T))  # offset 3, persistent
    assert frames_on(clips, "smoke") == list(range(2, 12))  # offset 0, duration 10


def test_clips_are_deterministic_by_seed():
    first, second = CausalClips(8, seed=5), CausalClips(8, seed=5)
    assert torch.equal(first.states, second.states) and torch.equal(first.frames(), second.frames())
    assert not torch.equal(first.states, CausalClips(8, seed=6).states)


def test_do_arrow_hit_zero_at_frame_5_changes_only_what_the_arrow_causes():
    natural = CausalClips(256, seed=3)
    hit = natural.states[:, 5, natural.column("arrow_hit")] > 0.5
    assert hit.any()
    removed = CausalClips(256, seed=3, interventions={"arrow_hit": {5: 0.0}})
    others = [natural.column(v) for v in ("hoof_impact", "dust", "explosion", "smoke")]
    assert torch.equal(natural.states[..., others], removed.states[..., others])  # paired worlds
    assert torch.equal(natural.states[:, :5], removed.states[:, :5])  # ancestors in time: untouched
    fall = natural.column("soldier_fall")
    assert torch.equal(natural.states[:, :8, fall], removed.states[:, :8, fall])  # the fall was due at 8
    assert (removed.states[hit, 5, natural.column("arrow_hit")] == 0).all()


def test_rendered_fall_is_read_back_by_the_detector_at_exactly_the_state_frames(detector):
    clips = CausalClips(1, seed=0, interventions=only({"arrow_hit": 5}))
    seen = detector.detect(clips.frames())["soldier_fall"][0]
    assert seen.nonzero().flatten().tolist() == list(range(8, T))


def test_detector_fitted_on_real_clips_reads_held_out_real_clips_without_error(detector):
    held_out = CausalClips(64, seed=12)
    assert detector.accuracy(held_out.frames(), held_out.states, held_out.variables) == pytest.approx(
        dict.fromkeys(held_out.variables, 1.0))


def test_64_pixel_clips_scale_the_scene():
    small = CausalClips(2, size=32, seed=1).frames()
    large = CausalClips(2, size=64, seed=1).frames()
    assert large.shape == (2, T, 3, 64, 64)
    assert torch.equal(large[..., ::2, ::2], small)


# ---------------------------------------------------------------------- nothing from the future
def test_temporal_causal_conv_output_at_t_ignores_frames_after_t():
    layer = TemporalCausalConv(3, 4, (3, 3, 3), causal_rules=CausalRuleSet.load("video"))
    x, state = torch.randn(2, 3, 10, 8, 8), torch.rand(2, 10, 6)
    changed_x, changed_state = x.clone(), state.clone()
    changed_x[:, :, 6:] = torch.randn(2, 3, 4, 8, 8)
    changed_state[:, 6:] = torch.rand(2, 4, 6)
    before, after = layer(x, state), layer(changed_x, changed_state)
    assert torch.equal(before[:, :, :6], after[:, :, :6])
    assert not torch.allclose(before[:, :, 6:], after[:, :, 6:])


def test_predictor_output_at_t_ignores_frames_and_states_after_t():
    predictor = CausalFramePredictor(tiny_config(temporal_kernel=3))
    torch.nn.init.normal_(predictor.head.weight)  # the head starts at zero; make the output depend on the input
    frames, state = torch.rand(2, 12, 3, 32, 32), torch.rand(2, 12, 6)
    changed_frames, changed_state = frames.clone(), state.clone()
    changed_frames[:, 7:] = torch.rand(2, 5, 3, 32, 32)
    changed_state[:, 7:] = torch.rand(2, 5, 6)
    before, after = predictor(frames, state), predictor(changed_frames, changed_state)
    assert torch.equal(before[:, :7], after[:, :7])
    assert not torch.allclose(before[:, 7:], after[:, 7:])


def test_windowed_generation_matches_the_predictor_over_the_whole_clip():
    model = CNSGNet(tiny_config(num_layers=3))
    torch.nn.init.normal_(model.predictor.head.weight, std=0.05)
    start = CausalClips(2, seed=4).frames()[:, 0]
    clip, state = model.generate(start, num_frames=12, seed=0, return_state=True)
    with torch.no_grad():
        full = model.predictor(clip[:, :-1], state[:, 1:]).clamp(0, 1)
    assert clip.shape == (2, 12, 3, 32, 32)
    torch.testing.assert_close(full, clip[:, 1:], atol=1e-5, rtol=0)


# ---------------------------------------------------------------------- generate(): state and interventions
def test_generate_intervenes_on_the_rollout_at_the_given_frame():
    model = CNSGNet(tiny_config())
    start = CausalClips(1, seed=0).frames()[:, 0]
    _, state = model.generate(start, num_frames=T, causal_interventions={"arrow_hit": {5: 1.0}},
                              spontaneous_events=False, return_state=True)
    fall = state[0, :, model.variables.index("soldier_fall")]
    assert fall[:8].eq(0).all() and fall[8:].eq(1).all()
    _, calm = model.generate(start, num_frames=T, causal_interventions={"arrow_hit": 0.0}, seed=1, return_state=True)
    assert calm[0, :, model.variables.index("soldier_fall")].eq(0).all()


def test_generate_is_reproducible_with_a_seed():
    model = CNSGNet(tiny_config())
    start = CausalClips(1, seed=0).frames()[:, 0]
    assert torch.equal(model.generate(start, seed=3), model.generate(start, seed=3))


def test_save_and_load_round_trip(tmp_path):
    model = CNSGNet(tiny_config())
    model.save_pretrained(tmp_path / "video")
    loaded = CNSGNet.from_pretrained(tmp_path / "video")
    assert loaded.config == model.config
    for name, tensor in model.state_dict().items():
        assert torch.equal(tensor, loaded.state_dict()[name]), name


def test_loading_a_folder_without_a_model_fails_clearly(tmp_path):
    with pytest.raises(CheckpointError, match="not a saved video model"):
        CNSGNet.from_pretrained(tmp_path)


# ---------------------------------------------------------------------- bad input
def test_wrong_frame_shape_is_refused():
    model = CNSGNet(tiny_config())
    with pytest.raises(DataError, match="Wrong frame shape"):
        model.generate(torch.rand(1, 3, 64, 64))
    with pytest.raises(DataError, match="Wrong frame shape"):
        model.predictor(torch.rand(1, 4, 1, 32, 32), torch.rand(1, 4, 6))


def test_intervention_beyond_the_clip_is_refused():
    model = CNSGNet(tiny_config())
    with pytest.raises(InterventionError, match="outside the clip of 24 frames"):
        model.generate(torch.rand(3, 32, 32), num_frames=24, causal_interventions={"arrow_hit": {24: 1.0}})


@pytest.mark.parametrize("build, message", [
    (lambda: tiny_config(num_frames=1), "VideoModelConfig.num_frames must be an integer >= 2, got 1."),
    (lambda: tiny_config(channels=True), "VideoModelConfig.channels must be a positive integer, got True."),
    (lambda: CausalClips(0), "num_clips must be a positive integer, got 0."),
    (lambda: CausalClips(2, num_frames=2.0), "num_frames must be an integer >= 2, got 2.0."),
    (lambda: CNSGNet(tiny_config()).rollout_state(True), "num_frames must be an integer >= 2, got True."),
    (lambda: write_gif(torch.rand(2, 3, 8, 8), "clip.gif", scale=33), "scale must be an integer in [1, 32], got 33."),
    (lambda: write_gif(torch.rand(2, 3, 8, 8), "clip.gif", fps=0), "fps must be a number in (0, 100], got 0.0."),
    (lambda: write_frame_grid(torch.rand(2, 3, 8, 8), "grid.png", columns=True),
     "columns must be a positive integer, got True."),
])
def test_bad_sizes_are_refused_naming_the_argument(build, message):
    with pytest.raises(DataError, match=re.escape(message)):
        build()


@pytest.mark.parametrize("settings, message", [
    (dict(window=True), "window must be a positive integer, got True."),
    (dict(learning_rate=0), "learning_rate must be a positive number, got 0.0."),
    (dict(change_weight=-1.0), "change_weight must be a finite number >= 0, got -1.0."),
    (dict(input_noise=float("inf")), "input_noise must be a finite number >= 0, got inf."),
])
def test_bad_training_settings_are_refused_naming_them(settings, message):
    from causaltorch.training import VideoPredictionModule

    with pytest.raises(DataError, match=re.escape(message)):
        VideoPredictionModule(CNSGNet(tiny_config()), **settings)


@pytest.mark.parametrize("settings, message", [
    (dict(steps=0), "steps must be a positive integer, got 0."),
    (dict(batch_size=True), "batch_size must be a positive integer, got True."),
])
def test_bad_train_video_settings_are_refused_before_training(tmp_path, settings, message):
    from causaltorch.training import train_video

    with pytest.raises(DataError, match=re.escape(message)):
        train_video(tmp_path, **{"steps": 1, **settings})
    assert list(tmp_path.iterdir()) == []


def test_intervention_at_a_frame_that_is_not_an_integer_is_refused():
    model = CNSGNet(tiny_config())
    with pytest.raises(InterventionError, match="the frame must be an integer in 0 … 23, got True"):
        model.generate(torch.rand(3, 32, 32), num_frames=24, causal_interventions={"arrow_hit": {True: 1.0}})


def test_unknown_event_name_is_refused_with_a_suggestion():
    model = CNSGNet(tiny_config())
    with pytest.raises(UnknownVariableError, match="Did you mean 'arrow_hit'"):
        model.generate(torch.rand(3, 32, 32), causal_interventions={"arow_hit": {5: 1.0}})


def test_rule_file_with_a_negative_offset_is_refused(tmp_path):
    rules = CausalRuleSet.load("video").to_dict()
    rules["cause_effect_pairs"][0]["temporal_offset"] = -2
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(rules), encoding="utf-8")
    with pytest.raises(RuleValidationError, match="temporal_offset must be an integer ≥ 0"):
        CausalClips(4, rules=str(path))


def test_rules_without_a_scene_variable_are_refused():
    with pytest.raises(DataError, match="have no hoof_impact, dust, explosion, smoke"):
        CausalClips(2, rules={"arrow_hit": {"effect": "soldier_fall"}})


# ---------------------------------------------------------------------- metrics
def test_ssim_and_psnr_match_closed_forms():
    a, b = torch.full((3, 16, 16), 0.2), torch.full((3, 16, 16), 0.5)
    c1 = 0.01**2
    assert float(ssim(a, b)) == pytest.approx((2 * 0.2 * 0.5 + c1) / (0.2**2 + 0.5**2 + c1), abs=1e-5)
    assert float(ssim(a, a)) == pytest.approx(1.0, abs=1e-6)
    assert float(psnr(a, a + 0.1)) == pytest.approx(20.0, abs=1e-3)  # mse 0.01 -> 10·log10(1/0.01)


def test_temporal_consistency_is_one_for_a_still_clip_and_lower_when_it_flickers():
    still = torch.rand(1, 3, 16, 16).expand(6, 3, 16, 16)
    assert float(temporal_consistency(still)) == pytest.approx(1.0, abs=1e-6)
    flicker = still.clone()
    flicker[1::2] = 1 - flicker[1::2]
    assert float(temporal_consistency(flicker)) < 0.5
    batched = temporal_consistency(torch.stack([still, flicker]))
    assert batched.shape == (2,)


def test_rule_fidelity_counts_exact_onset_and_duration():
    clips = CausalClips(1, seed=0, interventions=only({"hoof_impact": 3, "arrow_hit": 5, "explosion": 2}))
    expected = {v: clips.states[..., clips.column(v)] > 0.5 for v in clips.variables}
    assert temporal_rule_fidelity(expected, clips.states, clips.ruleset) == {
        "hoof_impact->dust": 1.0, "arrow_hit->soldier_fall": 1.0, "explosion->smoke": 1.0}
    late = dict(expected, soldier_fall=torch.roll(expected["soldier_fall"], 1, dims=1))  # falls at 9, not 8
    long = dict(expected, dust=expected["dust"].clone())
    long["dust"][0, 8] = True  # dust lasts 5 frames instead of 4
    assert temporal_rule_fidelity(late, clips.states, clips.ruleset)["arrow_hit->soldier_fall"] == 0.0
    assert temporal_rule_fidelity(long, clips.states, clips.ruleset)["hoof_impact->dust"] == 0.0


def test_rule_fidelity_skips_causes_whose_effect_would_start_after_the_clip():
    clips = CausalClips(1, seed=0, interventions=only({"arrow_hit": 22}))
    expected = {v: clips.states[..., clips.column(v)] > 0.5 for v in clips.variables}
    counts = temporal_rule_fidelity(expected, clips.states, clips.ruleset, return_counts=True)
    assert counts["arrow_hit->soldier_fall"] == (0, 0)


# ---------------------------------------------------------------------- pictures
def test_gif_is_readable_with_every_frame_and_its_content(tmp_path):
    clip = CausalClips(1, seed=0, interventions=only({"arrow_hit": 5})).frames()[0]
    path = write_gif(clip, tmp_path / "clip.gif", scale=3, captions=["arrow"] * T)
    back = read_gif(path, scale=3)
    assert back.shape == (T, 3, 32, 32)
    torch.testing.assert_close(back, clip, atol=3 / 255, rtol=0)


def test_gif_and_grid_refuse_other_suffixes(tmp_path):
    clip = torch.rand(4, 3, 8, 8)
    with pytest.raises(OutputError):
        write_gif(clip, tmp_path / "clip.mp4")
    with pytest.raises(OutputError):
        write_frame_grid(clip, tmp_path / "grid.gif")
    assert not list(tmp_path.iterdir())


def test_loading_a_file_that_is_not_a_training_checkpoint_fails_clearly(tmp_path):
    path = tmp_path / "last.ckpt"
    path.write_bytes(b"not a checkpoint")
    with pytest.raises(CheckpointError, match="Cannot read the training checkpoint"):
        CNSGNet.load_from_checkpoint(path)


# ---------------------------------------------------------------------- one frame in, one frame out
def test_one_step_prediction_is_the_clip_prediction_of_a_one_frame_clip():
    predictor = CausalFramePredictor(tiny_config())
    torch.nn.init.normal_(predictor.head.weight, std=0.1)
    frame, latent = torch.rand(2, 3, 32, 32), torch.rand(2, 6)
    step = predictor(frame, latent)
    assert step.shape == frame.shape
    torch.testing.assert_close(step, predictor(frame[:, None], latent[:, None], frame)[:, 0], atol=0, rtol=0)


def test_the_latents_causal_variables_and_free_dimensions_change_the_next_frame():
    predictor = CausalFramePredictor(tiny_config(frame_size=64, latent_dim=16))
    torch.nn.init.normal_(predictor.head.weight, std=0.1)
    frame, latent = torch.rand(2, 3, 64, 64), torch.zeros(2, 16)
    impact, free = latent.clone(), latent.clone()
    impact[:, predictor.config.ruleset.index("hoof_impact")] = 1.0
    free[:, 10] = 1.0
    base = predictor(frame, latent)
    assert not torch.allclose(predictor(frame, impact), base)
    assert not torch.allclose(predictor(frame, free), base)


def test_an_untrained_predictor_returns_its_first_frame():
    predictor = CausalFramePredictor(tiny_config())  # the head starts at zero: "nothing changes"
    frame = torch.rand(1, 3, 32, 32)
    assert torch.equal(predictor(frame, torch.rand(1, 6)), frame)


def test_a_latent_of_the_wrong_width_or_rank_is_refused():
    predictor = CausalFramePredictor(tiny_config(latent_dim=8))
    with pytest.raises(DataError, match=r"next_state must be \[batch, frames, 8\]"):
        predictor(torch.rand(2, 3, 32, 32), torch.rand(2, 6))
    with pytest.raises(DataError, match=r"the latent must be \[batch, 8\]"):
        predictor(torch.rand(2, 3, 32, 32), torch.rand(2, 1, 8))


def test_latent_dim_below_the_rule_variables_is_refused_and_cnsgnet_takes_no_free_dimensions():
    with pytest.raises(DataError, match=re.escape("VideoModelConfig.latent_dim must be an integer >= 6")):
        tiny_config(latent_dim=4)
    with pytest.raises(DataError, match="its latent_dim must be None or 6, got 16"):
        CNSGNet(tiny_config(latent_dim=16))
    assert CNSGNet(tiny_config(latent_dim=6)).predictor.state_dim == 6
