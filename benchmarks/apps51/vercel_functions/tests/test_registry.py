from unittest.mock import MagicMock

import pytest

from lib.llm import registry


def test_resolve_default():
    assert registry.resolve(None).provider == "openai"


def test_resolve_unknown():
    with pytest.raises(ValueError):
        registry.resolve("galaxy-brain")


def test_complete_openai_protocol():
    client = MagicMock()
    client.chat.completions.create.return_value.choices = [MagicMock(message=MagicMock(content="hi"))]
    client.chat.completions.create.return_value.usage.prompt_tokens = 3
    client.chat.completions.create.return_value.usage.completion_tokens = 1
    route = registry.ModelRoute("together", "llama", lambda: client)

    out = registry.complete(route, [{"role": "user", "content": "yo"}])

    assert out["text"] == "hi"
    client.chat.completions.create.assert_called_once()


def test_complete_anthropic_splits_system():
    client = MagicMock()
    client.messages.create.return_value.content = [MagicMock(type="text", text="bonjour")]
    route = registry.ModelRoute("anthropic", "claude", lambda: client)

    registry.complete(route, [{"role": "system", "content": "be nice"}, {"role": "user", "content": "hi"}])

    kwargs = client.messages.create.call_args.kwargs
    assert kwargs["system"] == "be nice"
    assert kwargs["messages"] == [{"role": "user", "content": "hi"}]
