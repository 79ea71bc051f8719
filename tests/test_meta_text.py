import pytest
import torch

from causaltorch import CausalRuleSet, CausalTransformer
from causaltorch.errors import DataError
from causaltorch.meta import CausalHyperNetwork
from causaltorch.text.adaptive import FewShotCausalTransformer, SelfEvolvingTextGenerator, rules_from_examples
from causaltorch.tokenizers import CausalTokenizer

EXAMPLES = [
    ("If it rains", "the ground gets wet"),
    ("When the temperature drops", "water freezes"),
    ("If you heat water", "it evaporates"),
    ("When the sun sets", "it gets dark"),
    ("If plants don't get water", "they wither"),
]


@pytest.fixture(scope="module")
def tokenizer():
    return CausalTokenizer.from_pretrained("causal-basic")


@pytest.fixture
def small_model(tokenizer):
    model = CausalTransformer(tokenizer.vocab_size, hidden_dim=32, num_layers=1, num_heads=4, max_seq_length=32)
    model.tokenizer = tokenizer
    return model.eval()


def test_the_spec_self_evolving_example_runs_as_written():
    evolving_model = SelfEvolvingTextGenerator(vocab_size=50000)
    evolving_model.adapt_to_task("Generate medical text respecting causal relationships between symptoms and diseases")
    medical_text = evolving_model.generate("The patient has a high fever and cough,", max_new_tokens=3)
    assert isinstance(medical_text, str) and medical_text.startswith("The patient has a high fever and cough,")


def test_adapt_to_task_mines_rules_and_generates_a_graph_specific_adapter(small_model):
    model = SelfEvolvingTextGenerator(small_model)
    with torch.no_grad():  # make the generated adapter depend on the graph (it starts at exactly zero)
        for generator in (*model.hypernetwork.weight_generators, *model.hypernetwork.bias_generators):
            generator.weight.normal_(0, 0.05)
    ids = torch.randint(0, 100, (1, 6))
    plain = small_model(ids).logits
    model.adapt_to_task("Heavy rain causes flooding. Flooding leads to road closures.")
    assert sorted((r.cause, r.effect) for r in model.task_rules.rules) == [
        ("flooding", "road_closures"), ("heavy_rain", "flooding")]
    adapted = model(ids).logits
    model.adapt_to_task(causal_graph={"heat": {"effect": "drought", "strength": 0.9}})
    other = model(ids).logits
    assert (adapted - plain).abs().max() > 1e-4 and (adapted - other).abs().max() > 1e-4
    # the base model used on its own is not adapted: the adapter acts only through the generator
    assert torch.equal(small_model(ids).logits, plain)


def test_adapt_to_task_needs_a_description_or_a_graph(small_model):
    model = SelfEvolvingTextGenerator(small_model)
    with pytest.raises(DataError, match="task_description .* or a causal_graph"):
        model.adapt_to_task()
    with pytest.raises(DataError, match="adapted to a task first"):
        model.generate("If it rains,")


def test_adapt_to_task_refuses_a_graph_larger_than_the_hypernetwork_takes(small_model):
    hypernet = CausalHyperNetwork(input_dim=4, output_dim=32, hidden_dim=2, target_input_dim=32)
    model = SelfEvolvingTextGenerator(small_model, hypernetwork=hypernet)
    rules = CausalRuleSet()
    rules.add_rule("a", "b", 0.5)
    rules.add_rule("b", "c", 0.5)
    with pytest.raises(DataError, match="at most 2"):
        model.adapt_to_task(causal_graph=rules)
    assert model.task_rules is None  # nothing changed


def test_training_the_hypernetwork_lowers_the_task_loss(small_model, tokenizer):
    torch.manual_seed(0)
    model = SelfEvolvingTextGenerator(small_model)
    texts = ["heavy rain causes flooding ."] * 4
    losses = model.train_hypernetwork([("Heavy rain causes flooding.", texts)], steps=5, lr=1e-2, batch_size=2,
                                      progress=False)
    assert losses[-1] < losses[0] - 0.05
    assert all(p.requires_grad for p in small_model.parameters())  # unfrozen again


def test_rules_are_extracted_from_the_spec_examples():
    rules = rules_from_examples(EXAMPLES)
    assert ("rains", "ground_gets_wet") in rules
    assert len(rules.rules) == 5


def test_few_shot_learning_adapts_a_copy_and_generates_with_the_examples_rules(small_model):
    before = {k: v.clone() for k, v in small_model.state_dict().items()}
    few_shot_model = FewShotCausalTransformer(vocab_size=small_model.config.vocab_size, base_model=small_model, steps=3,
                                              lr=3e-3)
    losses = few_shot_model.learn_from_examples(EXAMPLES)
    assert losses[-1] < losses[0]
    for key, value in small_model.state_dict().items():
        assert torch.equal(value, before[key])
    completion = few_shot_model.generate("If the wind blows,", max_new_tokens=4, do_sample=False)
    assert completion.startswith("If the wind blows,")


def test_a_vocab_size_that_contradicts_the_base_model_is_refused(small_model):
    with pytest.raises(DataError, match="leave vocab_size out"):
        FewShotCausalTransformer(vocab_size=50000, base_model=small_model)


def test_learn_from_examples_refuses_no_examples(small_model):
    with pytest.raises(DataError, match="at least one"):
        FewShotCausalTransformer(base_model=small_model).learn_from_examples([])


def _graph_dependent(model):
    """The default hypernetwork generates a zero adapter until trained; give its output layers values."""
    torch.manual_seed(0)
    with torch.no_grad():
        for generator in (*model.hypernetwork.weight_generators, *model.hypernetwork.bias_generators):
            generator.weight.normal_(0, 0.05)
    return model


def test_two_graphs_of_the_same_shape_over_different_variables_get_different_adapters(small_model):
    model = _graph_dependent(SelfEvolvingTextGenerator(small_model))
    ids = torch.randint(0, 100, (1, 6))
    model.adapt_to_task("Snow causes icy roads.")
    snow_graph, snow_logits = model.task_graph, model(ids).logits
    model.adapt_to_task("Lightning causes forest fires.")
    assert torch.equal(model.task_graph, snow_graph)  # one edge of strength 0.5 both times: the same shape
    assert (model(ids).logits - snow_logits).abs().max() > 1e-3


def test_reversing_an_edge_changes_the_adapter(small_model):
    model = _graph_dependent(SelfEvolvingTextGenerator(small_model))
    ids = torch.randint(0, 100, (1, 6))
    model.adapt_to_task(causal_graph={"snow": {"effect": "icy_roads", "strength": 0.5}})
    forward_logits = model(ids).logits
    model.adapt_to_task(causal_graph={"icy_roads": {"effect": "snow", "strength": 0.5}})
    assert (model(ids).logits - forward_logits).abs().max() > 1e-3


def test_a_trained_hypernetwork_gives_each_task_the_adapter_that_fits_its_own_texts(small_model, tokenizer):
    from causaltorch.metrics.text import perplexity

    torch.manual_seed(0)
    model = SelfEvolvingTextGenerator(small_model)
    rain = ("Heavy rain causes flooding.", ["if it rains , the ground gets wet .", "the ground got wet ."])
    wind = ("Strong wind causes fallen trees.", ["when the wind blows , trees fall down .", "trees fell down ."])
    model.train_hypernetwork([rain, wind], steps=15, lr=1e-2, batch_size=4, progress=False)
    for own, other in ((rain, wind), (wind, rain)):  # same shape, so only the variables can tell them apart
        own_perplexity = perplexity(model.adapt_to_task(own[0]), own[1], tokenizer=tokenizer)
        other_perplexity = perplexity(model.adapt_to_task(other[0]), own[1], tokenizer=tokenizer)
        assert own_perplexity < 0.9 * other_perplexity


def test_fit_adapter_from_zero_starts_as_the_base_model(small_model):
    model = SelfEvolvingTextGenerator(small_model)
    ids = torch.randint(0, 100, (1, 6))
    assert model.fit_adapter(["heavy rain causes flooding ."], steps=0) == []
    assert torch.equal(model(ids).logits, small_model(ids).logits)  # last layer zero: the adapter adds 0.0


def test_fit_adapter_lowers_the_examples_loss_and_trains_only_the_adapter(small_model, tokenizer):
    from causaltorch.metrics.text import perplexity

    before = {k: v.clone() for k, v in small_model.state_dict().items()}
    model = SelfEvolvingTextGenerator(small_model)
    hypernet_before = {k: v.clone() for k, v in model.hypernetwork.state_dict().items()}
    examples = ["heavy rain causes flooding .", "floods follow heavy rain ."]
    losses = model.fit_adapter(examples, steps=10, lr=1e-2)
    assert len(losses) == 10 and losses[-1] < losses[0] - 0.1
    assert perplexity(model, examples, tokenizer=tokenizer) < perplexity(small_model, examples)
    assert all(torch.equal(v, before[k]) for k, v in small_model.state_dict().items())
    assert all(torch.equal(v, hypernet_before[k]) for k, v in model.hypernetwork.state_dict().items())
    assert all(p.requires_grad for p in small_model.parameters())  # unfrozen again
    assert model.adapter_parameter_count == (32 * 8 + 8) + (8 * 32 + 32)  # d_model 32 -> rank 8 -> 32, with biases


def test_fit_adapter_refuses_bad_input_before_changing_anything(small_model):
    model = SelfEvolvingTextGenerator(small_model)
    with pytest.raises(DataError, match="adapt_to_task"):
        model.fit_adapter(["some text ."], init="generated")
    with pytest.raises(DataError, match="non-empty list"):
        model.fit_adapter([])
    with pytest.raises(DataError, match="init must be"):
        model.fit_adapter(["some text ."], init="random")
    assert model.causal_transformer is None  # still no adapter


def test_what_few_shot_learning_learned_from_the_examples_changes_what_it_generates(tokenizer):
    torch.manual_seed(0)
    model = CausalTransformer(tokenizer.vocab_size, hidden_dim=32, num_layers=1, num_heads=4, max_seq_length=32).eval()
    completions = {}
    for effect in ("the trees fall", "the door slams"):
        few_shot_model = FewShotCausalTransformer(base_model=model, steps=3, lr=3e-3)
        few_shot_model.learn_from_examples([("If the wind blows", effect)])
        assert [(r.cause, r.effect) for r in few_shot_model.learned_rules] == [
            ("wind_blows", effect.removeprefix("the ").replace(" ", "_"))]
        completions[effect] = few_shot_model.generate("If the wind blows,", max_new_tokens=4, do_sample=False)
    assert "trees" in completions["the trees fall"] and "trees" not in completions["the door slams"]
    assert "door" in completions["the door slams"] and "door" not in completions["the trees fall"]


def test_a_base_model_without_a_tokenizer_reads_the_examples_with_the_bundled_one(tokenizer):
    model = CausalTransformer(tokenizer.vocab_size, hidden_dim=32, num_layers=1, num_heads=4, max_seq_length=32)
    assert model.tokenizer is None
    few_shot_model = FewShotCausalTransformer(base_model=model, steps=1)
    assert few_shot_model.tokenizer.get_vocab() == tokenizer.get_vocab()


def test_a_given_hypernetwork_sets_the_fresh_models_width_and_generates_a_different_adapter_per_task():
    from causaltorch.text.adaptive import DynamicCausalTransformer

    torch.manual_seed(0)
    model = SelfEvolvingTextGenerator(50000, hypernetwork=CausalHyperNetwork(100, 32, 16, 64))
    assert model.config.d_model == 32 and model.causal_transformer is None
    ids = torch.randint(0, 100, (1, 6))
    plain = model.base_model(ids).logits
    model.adapt_to_task("Heavy rain causes flooding.")
    assert isinstance(model.causal_transformer, DynamicCausalTransformer)
    rain_weights, rain_logits = model.causal_transformer.adapter.params["weight_1"].clone(), model(ids).logits
    assert model.causal_transformer.adapter.in_features == 10  # the hypernetwork's target_input_dim, via P
    model.adapt_to_task("Strong wind causes fallen trees.")
    assert (model.causal_transformer.adapter.params["weight_1"] - rain_weights).abs().max() > 1e-4
    assert (model(ids).logits - rain_logits).abs().max() > 1e-4
    assert (rain_logits - plain).abs().max() > 1e-4
    assert torch.equal(model.base_model(ids).logits, plain)  # the base model alone is untouched


def test_a_hypernetwork_whose_output_is_not_the_models_width_is_refused(small_model):
    with pytest.raises(DataError, match="output_dim = d_model"):
        SelfEvolvingTextGenerator(small_model, hypernetwork=CausalHyperNetwork(100, 16, 8, 32))
    with pytest.raises(DataError, match="must be a CausalHyperNetwork"):
        SelfEvolvingTextGenerator(small_model, hypernetwork=torch.nn.Linear(2, 2))


def test_training_a_given_hypernetwork_also_trains_the_projection_its_adapter_reads_through(small_model):
    torch.manual_seed(0)
    model = SelfEvolvingTextGenerator(small_model, hypernetwork=CausalHyperNetwork(100, 32, 8, 32))
    projection = model.dynamic.input_projection.weight.detach().clone()
    losses = model.train_hypernetwork([("Heavy rain causes flooding.", ["heavy rain causes flooding ."])], steps=5,
                                      lr=1e-2, batch_size=2, progress=False)
    assert losses[-1] < losses[0]
    assert (model.dynamic.input_projection.weight - projection).abs().max() > 1e-4


def test_dynamic_causal_transformer_runs_the_base_model_with_the_generated_adapter():
    from causaltorch.text.adaptive import DynamicCausalTransformer

    torch.manual_seed(0)
    hypernet = CausalHyperNetwork(input_dim=100, output_dim=32, hidden_dim=16, meta_hidden_dim=64,
                                  target_input_dim=32)
    rain, wind = CausalRuleSet(), CausalRuleSet()
    rain.add_rule("rain", "wet", 0.9)
    wind.add_rule("wind", "waves", 0.3)
    wind.add_rule("waves", "erosion", 0.6)
    transformer = DynamicCausalTransformer(vocab_size=500, params=hypernet(rain))
    assert transformer.config.d_model == 32 and transformer.input_projection is None
    ids = torch.randint(0, 500, (2, 5))
    with torch.no_grad():
        rain_logits = transformer(ids).logits
        plain = transformer.base_model(ids).logits
        transformer.update_parameters(hypernet(wind))
        wind_logits = transformer(ids).logits
    assert (rain_logits - plain).abs().max() > 1e-4 and (wind_logits - rain_logits).abs().max() > 1e-4
    with pytest.raises(DataError, match="maps 10 -> 32"):
        transformer.update_parameters(CausalHyperNetwork(100, 32)(rain))


def test_the_task_code_is_kept_as_current_task_embedding_and_extract_causal_graph_mines_the_description(small_model):
    model = SelfEvolvingTextGenerator(small_model)
    rules = model.extract_causal_graph("Temperature causes cloud formation.")
    assert [(r.cause, r.effect) for r in rules] == [("temperature", "cloud_formation")]
    model.adapt_to_task("Temperature causes cloud formation.")
    first = model.current_task_embedding
    model.adapt_to_task("Snow causes icy roads.")
    assert first.shape == (100,) and not torch.equal(first, model.current_task_embedding)
