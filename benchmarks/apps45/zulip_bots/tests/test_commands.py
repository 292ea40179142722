from unittest import mock

from botlib.config import LLMSettings
from service.commands import COMMANDS, dispatch
from service.state import ServiceState
from tests.fakes import FakeAnthropic, FakeOpenAI


def make_state():
    return ServiceState(
        zulip=mock.Mock(),
        settings=LLMSettings(),
        llm={"openai": FakeOpenAI("42"), "anthropic": FakeAnthropic("hello")},
        bot_email="bot@example.com",
    )


def test_non_command_is_ignored():
    assert dispatch(make_state(), {"content": "hi there"}) is None


def test_ask_uses_openai_client():
    state = make_state()
    assert dispatch(state, {"content": "!ask meaning of life"}) == "42"
    assert state.counters == {"ask": 1}


def test_claude_command():
    assert dispatch(make_state(), {"content": "!claude hi"}) == "hello"


def test_unknown_command_lists_commands():
    out = dispatch(make_state(), {"content": "!nope"})
    for name in COMMANDS:
        assert f"!{name}" in out


async def test_rewrite_is_tracked():
    from service import tracked

    fake = mock.AsyncMock()
    fake.chat.completions.create.return_value = mock.Mock(
        usage=mock.Mock(prompt_tokens=3, completion_tokens=4),
        choices=[mock.Mock(message=mock.Mock(content="Dear team,"))],
    )
    with mock.patch.object(tracked, "get_async_openai_client", return_value=fake), \
            mock.patch.object(tracked.llm_tracker, "_record", new=mock.AsyncMock()):
        assert await tracked.rewrite("yo team", "formal") == "Dear team,"
