import pytest
import torch
from torch import nn

from causaltorch import CausalRule, CausalRuleSet
from causaltorch.errors import DataError
from causaltorch.meta import MAML, CausalHyperNetwork, DynamicNetwork


def regression_tasks(n_tasks: int, dtype=torch.float32):
    generator = torch.Generator().manual_seed(1)
    tasks = []
    for _ in range(n_tasks):
        w = torch.randn(2, 1, generator=generator, dtype=dtype)
        xs = torch.randn(5, 2, generator=generator, dtype=dtype)
        xq = torch.randn(7, 2, generator=generator, dtype=dtype)
        tasks.append((xs, xs @ w, xq, xq @ w))
    return tasks


def test_maml_meta_gradient_matches_finite_differences():
    model = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1)).double()
    maml = MAML(model, inner_lr=0.3, num_inner_steps=2)
    tasks = regression_tasks(2, torch.float64)
    maml.meta_loss(tasks).backward()
    eps = 1e-6
    for name, parameter in model.named_parameters():
        numeric = torch.zeros_like(parameter)
        for index in range(parameter.numel()):
            with torch.no_grad():
                parameter.view(-1)[index] += eps
            up = float(maml.meta_loss(tasks).detach())
            with torch.no_grad():
                parameter.view(-1)[index] -= 2 * eps
            down = float(maml.meta_loss(tasks).detach())
            with torch.no_grad():
                parameter.view(-1)[index] += eps
            numeric.view(-1)[index] = (up - down) / (2 * eps)
        torch.testing.assert_close(parameter.grad, numeric, atol=1e-7, rtol=0, msg=name)


def test_first_order_maml_drops_the_second_order_term():
    tasks = regression_tasks(2, torch.float64)
    grads = []
    for first_order in (False, True):
        torch.manual_seed(0)
        model = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1)).double()
        MAML(model, inner_lr=0.3, num_inner_steps=2, first_order=first_order).meta_loss(tasks).backward()
        grads.append(model[0].weight.grad.clone())
    assert (grads[0] - grads[1]).abs().max() > 1e-4


def test_the_inner_loop_changes_the_adapted_parameters_but_not_the_model():
    model = nn.Linear(2, 1)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    xs, ys, xq, yq = regression_tasks(1)[0]
    adapted = MAML(model, inner_lr=0.1, num_inner_steps=5).adapt(xs, ys)
    assert (adapted.params["weight"] - model.weight).abs().max() > 1e-3
    for key, value in model.state_dict().items():
        assert torch.equal(value, before[key])
    loss = nn.MSELoss()
    assert loss(adapted(xq), yq) < loss(model(xq), yq)


def test_meta_train_updates_the_model_and_returns_the_meta_loss():
    model = nn.Linear(2, 1)
    maml = MAML(model, inner_lr=0.1, meta_lr=0.01, num_inner_steps=1)
    before = model.weight.detach().clone()
    tasks = regression_tasks(3)
    expected = float(maml.meta_loss(tasks).detach())
    assert maml.meta_train(tasks, loss_fn=nn.MSELoss()) == pytest.approx(expected, rel=1e-6)
    assert not torch.equal(model.weight.detach(), before)


def test_maml_refuses_malformed_tasks():
    maml = MAML(nn.Linear(2, 1))
    with pytest.raises(DataError, match="non-empty list of tasks"):
        maml.meta_train([])
    with pytest.raises(DataError, match=r"\(X_support, y_support, X_query, y_query\)"):
        maml.meta_train([(torch.zeros(2, 2), torch.zeros(2, 1))])


def spec_graphs():
    graph1 = CausalRuleSet()
    graph1.add_rule(CausalRule("X", "Y", strength=0.8))
    graph2 = CausalRuleSet()
    graph2.add_rule(CausalRule("X", "Z", strength=0.6))
    graph2.add_rule(CausalRule("Z", "Y", strength=0.7))
    return graph1, graph2


def test_the_spec_meta_learning_example_runs_as_written():
    graph1, graph2 = spec_graphs()
    graph1_adj, graph2_adj = graph1.to_adjacency_matrix(), graph2.to_adjacency_matrix()
    hyper_net = CausalHyperNetwork(input_dim=100, output_dim=1, hidden_dim=64, meta_hidden_dim=128)
    model1 = hyper_net.generate_architecture(graph1_adj.unsqueeze(0))
    model2 = hyper_net.generate_architecture(graph2_adj.unsqueeze(0))
    assert isinstance(model1, DynamicNetwork)
    x = torch.randn(4, 10)  # one input per variable slot (input_dim = 10²)
    assert model1(x).shape == (4, 1)
    assert not torch.allclose(model1(x), model2(x))


def test_the_spec_v21_hypernetwork_example_sizes_the_graph_code_from_the_adjacency():
    graph = CausalRuleSet()
    graph.add_rule(CausalRule("rain", "wet_ground", strength=0.9))
    graph.add_rule(CausalRule("sun", "warm", strength=0.8))
    adj = graph.to_adjacency_matrix()
    hypernet = CausalHyperNetwork(input_dim=adj.numel(), output_dim=1, hidden_dim=64)
    task_model = hypernet.generate_architecture(adj.unsqueeze(0))
    assert task_model(torch.randn(3, 4)).shape == (3, 1)
    torch.testing.assert_close(hypernet.generate_architecture(graph)(torch.ones(1, 4)), task_model(torch.ones(1, 4)))


def test_hypernetwork_outputs_differ_across_graphs_and_repeat_for_the_same_graph():
    hypernet = CausalHyperNetwork(input_dim=16, output_dim=2, hidden_dim=8)
    graph1, graph2 = spec_graphs()
    first, again, other = hypernet(graph1), hypernet(graph1), hypernet(graph2)
    for key in first:
        assert torch.equal(first[key], again[key])
    assert (first["weight_0"] - other["weight_0"]).abs().max() > 1e-4


def test_generated_network_is_differentiable_into_the_hypernetwork():
    hypernet = CausalHyperNetwork(input_dim=9, output_dim=1, hidden_dim=4)
    graph = torch.tensor([[0.0, 0.5, 0.0], [0.0, 0.0, 0.9], [0.0, 0.0, 0.0]])
    hypernet.generate_architecture(graph)(torch.randn(5, 3)).pow(2).sum().backward()
    assert hypernet.graph_encoder[0].weight.grad.abs().sum() > 0
    assert hypernet.weight_generators[0].weight.grad.abs().sum() > 0


def test_a_batch_of_graphs_gives_a_batch_of_networks():
    hypernet = CausalHyperNetwork(input_dim=9, output_dim=1, hidden_dim=4)
    graphs = torch.stack([torch.eye(3), torch.zeros(3, 3)])
    x = torch.randn(2, 6, 3)
    batched = hypernet(graphs, x)
    assert batched.shape == (2, 6, 1)
    torch.testing.assert_close(batched[1], hypernet(torch.zeros(3, 3), x[1]))


def test_hypernetwork_refuses_a_graph_larger_than_its_maximum():
    hypernet = CausalHyperNetwork(input_dim=9, output_dim=1, hidden_dim=4)
    with pytest.raises(DataError, match="takes at most 3"):
        hypernet(torch.zeros(4, 4))


def test_maml_adapts_a_hypernetwork_given_each_tasks_graph():
    hypernet = CausalHyperNetwork(input_dim=9, output_dim=1, hidden_dim=8)
    maml = MAML(model=hypernet, inner_lr=0.01, meta_lr=0.001, num_inner_steps=2)
    graph = torch.tensor([[0.0, 0.0, 0.8], [0.0, 0.0, 0.5], [0.0, 0.0, 0.0]])
    xs, xq = torch.randn(10, 3), torch.randn(20, 3)
    task = (graph, xs, xs[:, :1] * 0.8, xq, xq[:, :1] * 0.8)
    before = hypernet.graph_encoder[0].weight.detach().clone()
    assert maml.meta_train([task], loss_fn=nn.MSELoss()) > 0
    assert not torch.equal(before, hypernet.graph_encoder[0].weight.detach())
    adapted = maml.adapt(xs, xs[:, :1] * 0.8, context=graph)
    assert adapted(graph, xq).shape == (20, 1)


def test_the_spec_maml_example_with_four_tuple_tasks_conditions_the_hypernetwork_on_an_empty_graph(caplog):
    torch.manual_seed(0)
    hyper_net = CausalHyperNetwork(input_dim=100, output_dim=1, hidden_dim=64, meta_hidden_dim=128)
    maml = MAML(model=hyper_net, inner_lr=0.01, meta_lr=0.001)
    task_batch = []
    for _ in range(5):  # tasks as the spec builds them: no graph in the tuple
        weights = torch.randn(10, 1)
        x_support, x_query = torch.randn(10, 10), torch.randn(50, 10)
        task_batch.append((x_support, x_support @ weights, x_query, x_query @ weights))
    before = hyper_net.graph_encoder[0].bias.detach().clone()
    with caplog.at_level("WARNING", logger="causaltorch.meta.maml"):
        meta_loss = maml.meta_train(task_batch, loss_fn=nn.MSELoss())
    assert meta_loss > 0 and "empty graph" in caplog.text
    assert not torch.equal(before, hyper_net.graph_encoder[0].bias.detach())
    graph = torch.zeros(10, 10)  # what the tasks were conditioned on
    assert maml.adapt(task_batch[0][0], task_batch[0][1], context=graph)(graph, task_batch[0][2]).shape == (50, 1)


def test_meta_train_refuses_a_diverged_inner_loop_without_updating_the_model():
    model = nn.Linear(2, 1)
    maml = MAML(model, inner_lr=1e6, num_inner_steps=5)
    before = model.weight.detach().clone()
    xs = torch.full((5, 2), 1e3)
    with pytest.raises(DataError, match="inner loop diverged"):
        maml.meta_train([(xs, xs[:, :1], xs, xs[:, :1])])
    assert torch.equal(model.weight.detach(), before)
