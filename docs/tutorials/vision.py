"""Vision: pictures whose content follows a causal graph, and do() on an image generator.

`CausalScenes` renders small outdoor scenes from a structural causal model over named factors (the
bundled `vision` rules: clouds -> rain -> wet_ground -> puddles, clouds and night inhibit sun, sun ->
shadows). Every picture comes with its factor vector, and an interventional test set is rendered under
exactly the do() a model is asked for. Factors are intensities in [0, 1] combined by noisy-OR, so
E[wet_ground | do(rain=1)] = 1 - (1 - 0.05) * (1 - 0.9) = 0.905 on paper.

`CausalImageGenerator` puts the same SCM in its latent space: `generate(n, {"rain": 1.0})` is do() on
the picture's causes, so descendants change and ancestors stay exactly as they were.
`CausalVisionTransformer` is a ViT whose head also reports the factor intensities after the rule graph.
Training a generator is `causaltorch vision train` (the `CausalGAN` LightningModule); here we only use
it untrained, since do() acts on its latent whatever the decoder has learned.
"""

# %% A dataset rendered from an SCM
import torch

from causaltorch import CausalImageGenerator, CausalScenes, CausalVisionTransformer
from causaltorch.vision.data import SCENE_CLASSES

observed = CausalScenes(n=1000, image_size=32, seed=0)
raining = CausalScenes(n=1000, image_size=32, seed=0, interventions={"rain": 1.0})
factors = observed.variables
column = {name: factors.index(name) for name in factors}
print("factors:", factors)
images = observed.images(0, 8)
print("images:", tuple(images.shape), "in [-1, 1]")
assert images.shape == (8, 3, 32, 32) and images.min() >= -1 and images.max() <= 1

# The same seed gives the same noise, so do(rain=1) changes rain's descendants only.
wet = raining.factors[:, column["wet_ground"]].mean().item()
print(f"E[wet_ground] = {observed.factors[:, column['wet_ground']].mean():.3f} observed, {wet:.3f} under do(rain=1)")
assert abs(wet - 0.905) < 0.01
for ancestor_or_unrelated in ("clouds", "night", "sun", "shadows"):
    assert torch.equal(observed.factors[:, column[ancestor_or_unrelated]],
                       raining.factors[:, column[ancestor_or_unrelated]])

# %% do() on an image generator
# `generate` returns the pictures and the causal latent (the factors first, in `variables` order).
torch.manual_seed(0)
generator = CausalImageGenerator(latent_dim=16, img_size=32)
pictures, latent = generator.generate(256, generator=torch.Generator().manual_seed(1))
pictures_do, latent_do = generator.generate(256, {"rain": 1.0}, generator=torch.Generator().manual_seed(1))
index = {name: i for i, name in enumerate(generator.variables)}
print("latent rain:", latent[:, index["rain"]].mean().item(), "->", latent_do[:, index["rain"]].mean().item())
assert torch.all(latent_do[:, index["rain"]] == 1.0)
assert abs(latent_do[:, index["wet_ground"]].mean().item() - 0.905) < 0.01
assert torch.equal(latent[:, index["clouds"]], latent_do[:, index["clouds"]])  # an ancestor: unchanged
assert not torch.equal(pictures, pictures_do)  # the decoder sees the new factors

# %% A causal vision transformer
# A few dozen steps of plain PyTorch teach a tiny ViT the scene's weather class (sunny, overcast, rainy,
# night); always guessing the most common class would score about 0.42 on this data.
torch.manual_seed(0)
vit = CausalVisionTransformer(image_size=32, patch_size=8, num_classes=len(SCENE_CLASSES), d_model=64,
                              n_layers=2, causal_rules=observed.rules)
train_images, train_labels = observed.images(0, 800), observed.classes[:800]
optimizer = torch.optim.AdamW(vit.parameters(), lr=3e-3)
for step in range(50):
    batch = torch.randint(0, 800, (64,))
    logits, causal_features = vit(train_images[batch])
    loss = torch.nn.functional.cross_entropy(logits, train_labels[batch])
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
with torch.no_grad():
    logits, causal_features = vit(observed.images(800, 1000))
accuracy = (logits.argmax(-1) == observed.classes[800:]).float().mean().item()
print(f"held-out accuracy after 50 steps: {accuracy:.2f}; causal features per picture: {causal_features.shape[1]}")
assert accuracy > 0.6
assert causal_features.shape == (200, len(factors))
