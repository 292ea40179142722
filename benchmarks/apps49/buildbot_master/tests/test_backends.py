import pytest

from llm import backends
from tests.fakes import FakeAnthropic, FakeBedrockRuntime, FakeCohere, FakeOpenAI


def test_openai_backend_passes_system_prompt():
    fake = FakeOpenAI(reply="disk full")
    backend = backends.OpenAIBackend(client=fake, model="gpt-4o-mini")
    assert backend.summarize("sys", "user") == "disk full"
    call = fake.chat.completions.calls[0]
    assert call["messages"][0] == {"role": "system", "content": "sys"}


def test_anthropic_backend_joins_text_blocks():
    fake = FakeAnthropic(reply="segfault in libfoo")
    backend = backends.AnthropicBackend(client=fake, model="claude-3-5-haiku-20241022")
    assert backend.summarize("sys", "user", max_tokens=10) == "segfault in libfoo"
    assert fake.messages.calls[0]["max_tokens"] == 10


def test_bedrock_backend():
    fake = FakeBedrockRuntime(reply="OOM")
    backend = backends.BedrockBackend(runtime=fake, model_id="m")
    assert backend.summarize("s", "u") == "OOM"
    assert fake.calls[0]["modelId"] == "m"


def test_cohere_backend():
    fake = FakeCohere(reply="timeout")
    assert backends.CohereBackend(client=fake, model="c").summarize("s", "u") == "timeout"


def test_get_backend_disabled(monkeypatch):
    monkeypatch.setenv("CI_LLM_ENABLED", "0")
    backends._instances.clear()
    assert isinstance(backends.get_backend("openai"), backends.NullBackend)


@pytest.mark.parametrize("name", ["nope", "gpt"])
def test_get_backend_unknown(monkeypatch, name):
    monkeypatch.setenv("CI_LLM_ENABLED", "1")
    backends._instances.clear()
    assert isinstance(backends.get_backend(name), backends.NullBackend)
