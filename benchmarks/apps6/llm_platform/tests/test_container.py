from llmkit.backends import BACKENDS, BaseBackend
from llmkit.config import Settings
from llmkit.container import Container


class FakeClient:
    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_clients_are_built_once():
    calls = []

    def factory(settings):
        calls.append(settings)
        return FakeClient()

    c = Container(Settings(), factories={"fake": factory})
    assert c.get("fake") is c.get("fake")
    assert len(calls) == 1


def test_close_closes_clients():
    c = Container(Settings(), factories={"fake": lambda s: FakeClient()})
    client = c.get("fake")
    c.close()
    assert client.closed
    assert c.clients == {}


def test_registry_has_all_backends():
    for name in ("openai", "anthropic", "google", "cohere", "groq", "ollama", "huggingface", "together"):
        assert issubclass(BACKENDS[name], BaseBackend)
