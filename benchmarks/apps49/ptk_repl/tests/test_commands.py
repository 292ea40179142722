from __future__ import annotations

from unittest import mock

import pytest

from ptk_repl.commands import COMMANDS, dispatch
from ptk_repl.providers.openai_provider import OpenAIProvider

from conftest import FakeOpenAI


def test_all_commands_have_help():
    for name, cmd in COMMANDS.items():
        assert cmd.help, name


@pytest.mark.asyncio
async def test_unknown_command_is_handled(state, capsys):
    assert await dispatch(state, "/nope") is True


@pytest.mark.asyncio
async def test_plain_text_is_not_a_command(state):
    assert await dispatch(state, "hello") is False


@pytest.mark.asyncio
async def test_ask_uses_multi_model_service(state):
    with mock.patch("ptk_repl.commands.chat.multi_model_service") as svc:
        svc.generate_response = mock.AsyncMock(return_value="ok")
        await dispatch(state, "/ask what is 2+2")
    svc.generate_response.assert_awaited_once()


@pytest.mark.asyncio
async def test_retry_replaces_last_answer(state):
    fake = FakeOpenAI("second try")
    state.registry._instances[("openai", "gpt-4.1-mini")] = OpenAIProvider(fake, "gpt-4.1-mini")
    state.conversation.add("user", "q")
    state.conversation.add("assistant", "first try")
    await dispatch(state, "/retry")
    assert state.conversation.messages[-1].content.strip() == "second try"


def test_summarize_uses_responses_api(state):
    client = mock.MagicMock()
    client.responses.create.return_value.output_text = "summary"
    state.clients.__dict__["openai"] = client
    state.conversation.add("user", "hi")
    COMMANDS["summarize"].handler(state)
    client.responses.create.assert_called_once()
