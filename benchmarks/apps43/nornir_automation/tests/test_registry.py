from unittest.mock import MagicMock, patch

import pytest

from netauto.llm import registry


def test_unknown_provider():
    with pytest.raises(ValueError):
        registry.get_completer("nope")


def test_register_decorator():
    @registry.register("echo")
    def _echo(system, prompt):
        return prompt

    try:
        assert registry.get_completer("echo")("s", "hi") == "hi"
    finally:
        registry.PROVIDERS.pop("echo")


def test_openai_complete_uses_cached_client():
    fake = MagicMock()
    fake.chat.completions.create.return_value.choices = [MagicMock(message=MagicMock(content="x"))]
    with patch.object(registry.clients, "get_openai_client", return_value=fake):
        assert registry._openai_complete("sys", "hello") == "x"
    kwargs = fake.chat.completions.create.call_args.kwargs
    assert kwargs["messages"][1]["content"] == "hello"


def test_bedrock_complete():
    fake = MagicMock()
    fake.converse.return_value = {"output": {"message": {"content": [{"text": "y"}]}}}
    with patch.object(registry.clients, "get_bedrock_runtime", return_value=fake):
        assert registry._bedrock_complete("sys", "hello") == "y"


@pytest.mark.parametrize(
    "raw,expected",
    [('{"score": 2}', {"score": 2}), ('```json\n{"score": 5}\n```', {"score": 5}), ("nope", {})],
)
def test_parse_json_reply(raw, expected):
    assert registry.parse_json_reply(raw) == expected
