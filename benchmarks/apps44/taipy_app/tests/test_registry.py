from types import SimpleNamespace as NS

import pytest

from llm import registry
from tests.fakes import FakeAnthropic, FakeBedrockRuntime, FakeOpenAI


@pytest.fixture(autouse=True)
def fake_clients(monkeypatch):
    monkeypatch.setattr(registry, "get_openai_client", lambda: FakeOpenAI("from openai"))
    monkeypatch.setattr(registry, "get_anthropic_client", lambda: FakeAnthropic("from claude"))
    monkeypatch.setattr(registry, "get_bedrock_runtime", lambda: FakeBedrockRuntime("from bedrock"))
    monkeypatch.setattr(registry, "get_together_client", lambda: FakeOpenAI("from together"))

    def fake_completion(**kwargs):
        return NS(choices=[NS(message=NS(content="from litellm"))])

    monkeypatch.setattr(registry.litellm, "completion", fake_completion)


@pytest.mark.parametrize("provider", list(registry.COMPLETERS))
def test_every_provider_answers(provider):
    assert registry.complete_with(provider, "hi").startswith("from ")


def test_unknown_provider():
    with pytest.raises(KeyError):
        registry.complete_with("cohere", "hi")
