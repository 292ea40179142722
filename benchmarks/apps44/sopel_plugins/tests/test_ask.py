from unittest import mock

import pytest

from plugins import ask
from tests.fakes import FakeOpenAI


@pytest.fixture
def irc(mockbot, ircfactory):
    return ircfactory(mockbot)


def test_ask_replies_and_stores_history(irc, mockbot, userfactory):
    user = userfactory("Alice")
    irc.channel_joined("#chan", [user.nick])
    irc.say(user, "#chan", ".ask what is a netsplit")
    assert any("42" in line for line in mockbot.backend.message_sent_decoded) or mockbot.backend.message_sent
    history = mockbot.memory["llm_store"].history("#chan", "Alice")
    assert [t.role for t in history] == ["user", "assistant"]


def test_ask_sends_history_second_time(irc, mockbot, userfactory, fake_clients):
    user = userfactory("Bob")
    irc.channel_joined("#chan", [user.nick])
    irc.say(user, "#chan", ".ask first")
    irc.say(user, "#chan", ".ask second")
    calls = fake_clients["openai"].chat.completions.calls
    assert len(calls) == 2
    assert len(calls[1]["messages"]) == 4  # system + 2 history + question


def test_ask_rate_limit_message(irc, mockbot, userfactory):
    import openai

    client = mock.MagicMock()
    client.chat.completions.create.side_effect = openai.RateLimitError(
        "slow down", response=mock.MagicMock(status_code=429), body=None
    )
    mockbot.memory["llm_clients"]["openai"] = client
    user = userfactory("Carol")
    irc.say(user, "#chan", ".ask anything")
    client.chat.completions.create.assert_called_once()
    assert "rate limited" in "".join(mockbot.backend.message_sent_decoded)


def test_forget(mockbot):
    store = mockbot.memory["llm_store"]
    store.append("#chan", "dave", "user", "hi")
    trigger = mock.MagicMock(sender="#chan", nick="dave")
    ask.forget(mockbot, trigger)
    assert store.history("#chan", "dave") == []
