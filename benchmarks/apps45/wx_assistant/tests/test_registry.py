from research_assistant.core.registry import (
    AnthropicChatAdapter,
    OllamaChatAdapter,
    OpenAIChatAdapter,
    ProviderRegistry,
    ProviderSpec,
)
from tests.fakes import FakeAnthropic, FakeOllama, FakeOpenAI

MSGS = [{"role": "system", "content": "sys"}, {"role": "user", "content": "hi"}]


def test_openai_adapter_maps_usage():
    fake = FakeOpenAI("hello there")
    result = OpenAIChatAdapter(fake).complete("gpt-4o-mini", MSGS)
    assert result.text == "hello there"
    assert result.input_tokens == 10
    assert fake.chat.completions.calls[0]["model"] == "gpt-4o-mini"


def test_openai_stream_joins():
    adapter = OpenAIChatAdapter(FakeOpenAI("a b c"))
    assert list(adapter.stream("gpt-4o-mini", MSGS)) == ["a", "b", "c"]


def test_anthropic_adapter_splits_system():
    fake = FakeAnthropic()
    AnthropicChatAdapter(fake).complete("claude-3-5-haiku-latest", MSGS)
    sent = fake.messages.calls[0]
    assert sent["system"] == "sys"
    assert all(m["role"] != "system" for m in sent["messages"])


def test_ollama_adapter():
    result = OllamaChatAdapter(FakeOllama("ok")).complete("llama3.1", MSGS)
    assert result.text == "ok" and result.output_tokens == 2


def test_registry_caches_adapters():
    reg = ProviderRegistry()
    made = []
    reg.register(ProviderSpec("x", "X", ["m"], lambda: made.append(1) or OllamaChatAdapter(FakeOllama())))
    assert reg.get("x") is reg.get("x")
    assert len(made) == 1
