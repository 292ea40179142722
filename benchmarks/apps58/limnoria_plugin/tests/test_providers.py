import pytest

from LLM.local import providers

from .fakes import FakeAnthropic, FakeBundle, FakeMistral, FakeOpenAI


@pytest.mark.parametrize("name", ["openai", "groq", "openrouter"])
def test_openai_shaped_backends(name):
    bundle = FakeBundle()
    backend = providers.make_backend(name, bundle)
    reply = backend.ask("be brief", "hi?")
    client = bundle.for_provider(name)
    assert reply.text == "ok"
    assert reply.input_tokens == 11
    assert client.calls[0][0] == "chat.completions.create"


def test_openrouter_sends_fallbacks():
    fake = FakeOpenAI()
    backend = providers.OpenRouterBackend(fake)
    backend.chat([{"role": "user", "content": "x"}])
    kwargs = fake.calls[0][1]
    assert kwargs["extra_body"]["route"] == "fallback"


def test_anthropic_system_is_split_out():
    fake = FakeAnthropic("yo")
    backend = providers.AnthropicBackend(fake)
    reply = backend.ask("SYSTEM", "question")
    kwargs = fake.calls[0][1]
    assert kwargs["system"] == "SYSTEM"
    assert all(m["role"] != "system" for m in kwargs["messages"])
    assert (reply.input_tokens, reply.output_tokens) == (20, 9)


def test_mistral_backend():
    fake = FakeMistral("salut")
    reply = providers.MistralBackend(fake).ask("s", "q")
    assert reply.text == "salut"


def test_unknown_provider_falls_back():
    backend = providers.make_backend("cohere", FakeBundle())
    assert backend.name == "openai"


def test_fake_direct_call_shape():
    # sanity check the fake matches what the SDK returns
    client = FakeOpenAI("hello")
    resp = client.chat.completions.create(model="gpt-x", messages=[])
    assert resp.choices[0].message.content == "hello"
