"""Video: effects that land a fixed number of frames after their cause, and do() on a clip.

Video rules are temporal: the bundled `video` rules say that an arrow hitting the soldier makes him fall
3 frames later and stay down, a hoof impact raises dust 1 frame later for 4 frames, and an explosion
makes smoke for 10 frames. `CNSGNet` rolls those rules' SCM out over time to get each frame's causal
state, then draws the frames with a stack of `TemporalCausalConv` blocks, in which frame t never sees
frame t + 1. So `do(arrow_hit = 1 at frame 5)` puts the soldier down from frame 8 on, and
`do(arrow_hit = 0)` keeps him standing for the whole clip.

`CausalClips` renders the same scene for training (`causaltorch video train`), and `EffectDetector`
reads each variable back off rendered frames, which is how the benchmarks check generated clips.
"""

# %% The causal state of a clip under do()
import torch

from causaltorch import CausalClips, CNSGNet
from causaltorch.video.data import EffectDetector

torch.manual_seed(0)
model = CNSGNet(hidden_channels=8, num_layers=2)  # untrained: the state comes from the rules alone
print("variables:", model.variables, "events:", model.event_variables)
fall = model.variables.index("soldier_fall")

# spontaneous_events=False: only the events we ask for happen.
hit = model.rollout_state(16, {"arrow_hit": {5: 1.0}}, spontaneous_events=False, seed=0)[0]
print("soldier_fall per frame:", hit[:, fall].int().tolist())
assert hit[:8, fall].sum() == 0 and bool((hit[8:, fall] == 1).all())  # down from frame 5 + 3 on, and stays

never = model.rollout_state(16, {"arrow_hit": 0.0}, n=200, seed=0)  # do(arrow_hit = 0) at every frame
assert never[..., fall].sum() == 0  # other events still happen by chance; the fall never does
assert never[..., model.variables.index("dust")].sum() > 0

# %% Frames never see the future
# The model's forward pass predicts frame t + 1 from frames 0 … t and the causal state of frame t + 1.
# Change the last input frame: every prediction before it stays exactly the same. (A new model's output
# head starts at zero, "the next frame is the first frame"; random head weights, as training would
# give, make every input frame reach the output.)
torch.nn.init.normal_(model.predictor.head.weight, std=0.1)
frames = torch.rand(1, 10, 3, 32, 32)  # [B, T, C, H, W]
next_state = model.rollout_state(11, seed=0)[:, 1:]  # [B, T, d]: the state of each predicted frame
later = frames.clone()
later[:, 9] = 0.0
with torch.no_grad():
    before, after = model(frames, next_state), model(later, next_state)
assert torch.equal(before[:, :9], after[:, :9])
assert not torch.equal(before[:, 9], after[:, 9])

# %% Generate a clip
# An untrained predictor draws noise-like frames; the shape and the state it was drawn from are what
# a trained model (`CNSGNet.from_pretrained("runs/video")`) shares with it.
first = CausalClips(num_clips=1, num_frames=2, seed=0).frames()[0, 0]  # [3, 32, 32] in [0, 1]
clip, state = model.generate(first, num_frames=12, causal_interventions={"arrow_hit": {2: 1.0}},
                             spontaneous_events=False, seed=0, return_state=True)
print("clip:", tuple(clip.shape))
assert clip.shape == (1, 12, 3, 32, 32) and torch.equal(clip[0, 0], first)
assert state[0, 5:, fall].eq(1).all() and state[0, :5, fall].eq(0).all()

# %% Read effects back from rendered frames
# The detector is fitted on some clips and scored on others: the rendering shows the causal state.
train, test = CausalClips(num_clips=24, num_frames=16, seed=0), CausalClips(num_clips=24, num_frames=16, seed=1)
detector = EffectDetector(size=32).fit(train.frames(), train.states, train.variables)
accuracy = detector.accuracy(test.frames(), test.states, test.variables)
print({name: round(value, 3) for name, value in accuracy.items()})
assert accuracy["soldier_fall"] > 0.95
