from unittest.mock import MagicMock

from apis.llm.registry import _anthropic_chat, get_provider


def test_openai_entry_uses_fake(fake_registry):
    res = get_provider("openai").chat([{"role": "user", "content": "hi"}])
    assert res.text == "fake answer"
    assert fake_registry["openai"].calls[0]["messages"][0]["content"] == "hi"


def test_anthropic_system_split():
    client = MagicMock()
    client.messages.create.return_value.content = [MagicMock(type="text", text="ok")]
    client.messages.create.return_value.usage.input_tokens = 3
    client.messages.create.return_value.usage.output_tokens = 1
    res = _anthropic_chat(client, "claude", [{"role": "system", "content": "S"}, {"role": "user", "content": "U"}])
    assert res.text == "ok"
    kwargs = client.messages.create.call_args.kwargs
    assert kwargs["system"] == "S"
    assert kwargs["messages"] == [{"role": "user", "content": "U"}]


def test_mock_client_chat_directly():
    client = MagicMock()
    client.chat.completions.create(model="gpt-4o-mini", messages=[])
    client.chat.completions.create.assert_called_once()


def test_unknown_provider():
    import pytest

    with pytest.raises(ValueError):
        get_provider("bogus")


def test_patched_anthropic_constructor(monkeypatch):
    from unittest.mock import patch

    from apis.llm import factories

    factories.get_anthropic_client.cache_clear()
    with patch("apis.llm.factories.anthropic.Anthropic") as ctor:
        ctor.return_value.messages.create.return_value = MagicMock(content=[MagicMock(text="hi")])
        client = factories.get_anthropic_client()
        msg = client.messages.create(model="claude", max_tokens=5, messages=[])
    assert msg.content[0].text == "hi"
    factories.get_anthropic_client.cache_clear()


def test_mistral_fake_chat(fake_registry):
    res = get_provider("mistral").chat([{"role": "user", "content": "x"}])
    assert res.text == "rewritten query"
