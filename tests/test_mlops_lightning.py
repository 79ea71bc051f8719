"""A Lightning run tracked through MLFlowLogger and RegistryCallback: losses per step, rules, fidelity, registry."""

from __future__ import annotations

import pytest
import torch

pytest.importorskip("mlflow")
lightning = pytest.importorskip("lightning")

from causaltorch.mlops import CausalMLOps  # noqa: E402
from causaltorch.models import cnsg  # noqa: E402
from causaltorch.rules import CausalRuleSet  # noqa: E402
from causaltorch.training.mlops import RegistryCallback, make_mlflow_logger, tracking_for  # noqa: E402


class TinyLM(lightning.LightningModule):
    def __init__(self):
        super().__init__()
        rules = CausalRuleSet(name="weather")
        rules.add_rule("rain", "wet_ground", strength=0.9)
        self.model = cnsg(vocab_size=30, d_model=16, n_layers=1, n_heads=2, causal_rules=rules)
        self.save_hyperparameters({"d_model": 16, "learning_rate": 0.01})

    def training_step(self, batch, batch_idx):
        tokens = batch[0]
        logits = self.model(tokens[:, :-1]).logits
        loss = torch.nn.functional.cross_entropy(logits.reshape(-1, 30), tokens[:, 1:].reshape(-1))
        self.log("train_loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=0.01)


def test_a_tracked_training_logs_losses_rules_fidelity_and_registers_the_model(tmp_path):
    mlops = CausalMLOps("train", "text", root=tmp_path)
    tokens = torch.randint(0, 30, (16, 9), generator=torch.Generator().manual_seed(0))
    data = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(tokens), batch_size=4)
    callback = RegistryCallback(mlops, "tiny-text", fidelity=lambda model: {"cfs": 0.25})
    trainer = lightning.Trainer(max_steps=6, logger=make_mlflow_logger(mlops), callbacks=[callback],
                                log_every_n_steps=1, enable_checkpointing=False, enable_progress_bar=False,
                                enable_model_summary=False)
    module = TinyLM()
    trainer.fit(module, data)
    run = mlops.client.get_run(mlops.run_id)
    assert run.data.params["learning_rate"] == "0.01" and run.data.params["tiny-text.num_rules"] == "1"
    assert len(mlops.metric_history("train_loss")) == 6
    assert mlops.metric_history("cfs") == [(6, 0.25)]
    artifacts = {f.path for f in mlops.client.list_artifacts(mlops.run_id, "models/tiny-text")}
    assert {"models/tiny-text/rules.json", "models/tiny-text/rules.png"} <= artifacts
    loaded, entry = mlops.model_registry.load_model("tiny-text", alias="champion", with_entry=True)
    assert entry.metadata["cfs"] == 0.25 and entry.metadata["global_step"] == 6
    probe = torch.arange(8).view(1, 8)
    with torch.no_grad():
        assert torch.equal(loaded.eval()(probe).logits, module.model.eval()(probe).logits)


def test_tracking_off_gives_no_store_and_a_bad_value_is_refused():
    from causaltorch.errors import DataError

    assert tracking_for(None, "text") is None and tracking_for(False, "text") is None
    with pytest.raises(DataError, match="tracking must be"):
        tracking_for(3, "text")
