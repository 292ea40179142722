from llm_kernel.backends.anthropic_backend import AnthropicBackend
from llm_kernel.backends.openai_backend import OpenAIBackend
from llm_kernel.backends.registry import BackendRegistry


def test_openai_backend_prepends_system(fake_openai):
    backend = OpenAIBackend("gpt-4o-mini", client=fake_openai)
    result = backend.chat([{"role": "user", "content": "hi"}], system="be brief")
    sent = fake_openai.chat.completions.calls[0]["messages"]
    assert sent[0] == {"role": "system", "content": "be brief"}
    assert result.text == "fake answer"
    assert result.output_tokens == 3


def test_openai_backend_stream(fake_openai):
    backend = OpenAIBackend("gpt-4o-mini", client=fake_openai)
    assert "".join(backend.stream([{"role": "user", "content": "hi"}])).strip() == "fake answer"


def test_anthropic_backend_moves_system_out_of_messages(fake_anthropic):
    backend = AnthropicBackend("claude-3-5-haiku-20241022", client=fake_anthropic)
    backend.chat([{"role": "system", "content": "sys"}, {"role": "user", "content": "hi"}])
    call = fake_anthropic.messages.calls[0]
    assert call["system"] == "sys"
    assert all(m["role"] != "system" for m in call["messages"])


def test_direct_fake_call_records_kwargs(fake_anthropic):
    fake_anthropic.messages.create(model="claude-test", max_tokens=5, messages=[])
    assert fake_anthropic.messages.calls[0]["model"] == "claude-test"


def test_registry_aliases_and_caching(settings, monkeypatch, fake_openai):
    monkeypatch.setitem(
        __import__("llm_kernel.backends.registry", fromlist=["_FACTORIES"])._FACTORIES,
        "openai",
        lambda model, **kw: OpenAIBackend(model, client=fake_openai, **kw),
    )
    reg = BackendRegistry(settings)
    assert reg.canonical("Claude") == "anthropic"
    assert reg.get("openai") is reg.get("openai")
