from types import SimpleNamespace
from unittest import mock

import pytest

from shared import router as router_mod
from shared.models import ChatMessage, Persona


def _resp(text, model="m"):
    return SimpleNamespace(
        model=model,
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), finish_reason="stop")],
        usage=SimpleNamespace(prompt_tokens=3, completion_tokens=5),
    )


@pytest.mark.asyncio
async def test_fallback_to_together(monkeypatch):
    groq = mock.MagicMock()
    groq.chat.completions.create = mock.AsyncMock(side_effect=RuntimeError("boom"))
    together = mock.MagicMock()
    together.chat.completions.create = mock.AsyncMock(return_value=_resp("hi"))
    monkeypatch.setattr(router_mod, "get_groq", lambda: groq)
    monkeypatch.setattr(router_mod, "get_together", lambda: together)
    monkeypatch.setattr(router_mod, "get_xai", lambda: mock.MagicMock())

    r = router_mod.ProviderRouter()
    persona = Persona(name="t", provider="groq", model="x", system_prompt="s")
    reply = await r.complete(persona, [ChatMessage(role="user", content="yo")])
    assert reply.text == "hi"
    assert reply.provider == "together"
    assert reply.extra["fallback_from"] == "groq"
