from __future__ import annotations

from unittest.mock import AsyncMock, MagicMock

from termpal.app import TermpalApp
from termpal.widgets.prompt_input import PromptInput
from tests.conftest import make_chat_completion


async def test_submit_streams_reply_through_backend(settings, monkeypatch):
    settings.provider = "ollama"
    app = TermpalApp(settings)
    backend = MagicMock()

    async def fake_stream(messages, system=None):
        yield "pong"

    backend.stream = fake_stream
    app.backends["ollama"] = backend
    monkeypatch.setattr(TermpalApp, "_connect_mistral", lambda self: None)
    async with app.run_test() as pilot:
        prompt = app.screen.query_one(PromptInput)
        prompt.value = "ping"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.last_reply() == "pong"


async def test_groq_path_uses_app_client(settings, monkeypatch):
    settings.provider = "groq"
    settings.suggestions = False
    app = TermpalApp(settings)
    monkeypatch.setattr(TermpalApp, "_connect_mistral", lambda self: None)
    async with app.run_test() as pilot:
        app.groq = MagicMock()
        app.groq.chat.completions.create = AsyncMock(return_value=make_chat_completion("fast"))
        app.screen.query_one(PromptInput).value = "hi"
        await pilot.press("enter")
        await pilot.pause()
        app.groq.chat.completions.create.assert_awaited_once()
