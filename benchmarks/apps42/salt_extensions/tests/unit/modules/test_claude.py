from unittest import mock

from conftest import load_ext
from fakes import FakeAnthropic, make_utils


def test_ask_joins_text_blocks(inject):
    client = FakeAnthropic(text="restart chronyd")
    mod = inject(load_ext("modules", "claude"), __utils__=make_utils(client=client))
    assert mod.ask("why drift?") == "restart chronyd"
    assert client.messages.calls[0]["max_tokens"] == 1024


def test_token_count(inject):
    client = mock.MagicMock()
    client.messages.count_tokens.return_value.input_tokens = 42
    mod = inject(load_ext("modules", "claude"), __utils__=make_utils(client=client))
    assert mod.token_count("hello") == 42


def test_ask_many_uses_async_client(inject, monkeypatch):
    mod = load_ext("modules", "claude")
    fake = mock.MagicMock()
    fake.messages.create = mock.AsyncMock(
        return_value=mock.MagicMock(content=[mock.MagicMock(text="a")])
    )
    monkeypatch.setattr(mod.anthropic, "AsyncAnthropic", lambda: fake)
    assert mod.ask_many(["q1", "q2"]) == ["a", "a"]
