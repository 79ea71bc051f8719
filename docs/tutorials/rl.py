"""Reinforcement learning: agents that measure what their actions cause.

`CausalRLAgent` (DQN, REINFORCE, A2C or PPO, on Gymnasium) keeps an `EpisodicMemory` whose replay
prefers the experiences in which the agent's action *causally mattered*. What mattered is measured by
a `CausalReasoningEngine`: a learned forward model of the next state for every action, from which the
causal action influence (CAI, the mutual information between action and next state given the state,
in nats) follows. It is 0 for a feature no action can change and at most log(number of actions).

`causaltorch/CartPoleDistractors-v0` is CartPole with four extra random-walk features that no action
can change: the engine should find that the pushes move the cart's and the pole's velocities and
nothing else. Then a PPO agent learns CartPole itself in a few seconds of CPU.
"""

# %% Collect experience with a random policy
import gymnasium as gym
import numpy as np
import torch

import causaltorch.rl.envs  # noqa: F401  (registers the causaltorch/... environments)
from causaltorch import CausalReasoningEngine
from causaltorch.rl.training import agent_for_env, evaluate, train

env = gym.make("causaltorch/CartPoleDistractors-v0")
rng = np.random.default_rng(0)
rows = {"states": [], "actions": [], "next_states": [], "rewards": []}
state, _ = env.reset(seed=0)
for _ in range(4000):
    action = int(rng.integers(2))
    next_state, reward, terminated, truncated, _ = env.step(action)
    for key, value in zip(rows, (state, action, next_state, reward)):
        rows[key].append(value)
    state = env.reset()[0] if terminated or truncated else next_state
states, actions, next_states, rewards = (torch.tensor(np.array(rows[key])) for key in rows)
print("states:", tuple(states.shape), "(cart position, cart velocity, pole angle, pole velocity, 4 distractors)")

# %% Measure the action's influence on each feature
torch.manual_seed(0)
engine = CausalReasoningEngine(state_dim=8, action_dim=2)
for _ in range(300):
    batch = torch.randint(0, len(states), (256,))
    engine.fit_step(states[batch], actions[batch], next_states[batch], rewards[batch])
influence = engine.influence_per_feature(states).mean(0)  # nats per feature, then the reward
print("influence (nats):", [round(value, 4) for value in influence[:8].tolist()], "of at most", round(np.log(2), 3))
velocities, distractors = influence[[1, 3]], influence[4:8]
assert velocities.min() > 20 * distractors.max()  # a push moves the velocities, never the distractors

# %% Train an agent
# `agent_for_env` reads the environment's spaces; `train` steps 8 copies of it in a vector env. A random
# policy balances the pole for about 22 steps; 8,192 steps of PPO already do far better (500 is the cap).
torch.manual_seed(0)
agent = agent_for_env("CartPole-v1", "ppo", causal_config={"seed": 0})
history = train(agent, "CartPole-v1", 8192)
score = float(evaluate(agent, "CartPole-v1", 5).mean())
print(f"mean return over 5 evaluation episodes: {score:.1f}")
assert score > 100
patterns = agent.analyze_causal_patterns()
print("feature influence measured during training:", {k: round(v, 3) for k, v in patterns["feature_influence"].items()})
assert patterns["forward_model_fitted"]
