import pytest
from distributed.diagnostics.plugin import WorkerPlugin

from enrich.plugins import ClientBundle, LLMClientsPlugin, worker_clients
from tests.fakes import FakeOpenAI


class FakeClientsPlugin(WorkerPlugin):
    name = "llm-clients"

    def setup(self, worker):
        worker.llm_clients = ClientBundle(openai=FakeOpenAI(reply="books"))


def _ask(_):
    c = worker_clients()
    return c.openai.chat.completions.create(model="m", messages=[]).choices[0].message.content


def test_plugin_roundtrip(local_cluster):
    local_cluster.register_plugin(FakeClientsPlugin())
    assert local_cluster.gather(local_cluster.map(_ask, range(3))) == ["books"] * 3


def test_worker_clients_outside_worker():
    with pytest.raises(ValueError):
        worker_clients()


def test_plugin_defaults():
    p = LLMClientsPlugin()
    assert "openai" in p.providers and p.name == "llm-clients"
