import pytest

from newsletter.providers.registry import ChatBackend, ProviderRegistry
from newsletter.utils.tokens import calculate_cost, count_tokens, truncate_to_tokens


class EchoBackend(ChatBackend):
    name = "echo"

    def complete(self, prompt, system=None, model=None, max_tokens=600):
        return f"{model or self.default_model}:{prompt}"


def test_registry_builds_lazily():
    built = []
    reg = ProviderRegistry()
    reg.register("echo", lambda: built.append(1) or EchoBackend(client=None, default_model="m"))
    assert built == []
    assert reg.get("echo").complete("hi") == "m:hi"
    reg.get("echo")
    assert built == [1]


def test_unknown_provider():
    with pytest.raises(KeyError):
        ProviderRegistry().get("nope")


def test_calculate_cost_known_model():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_calculate_cost_unknown_model_is_free():
    assert calculate_cost("made-up", 100, 100) == 0.0


def test_truncate_roundtrip():
    text = "hello world " * 100
    assert count_tokens(truncate_to_tokens(text, 10)) <= 10
