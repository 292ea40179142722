from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest
from aiohttp import web

from gateway import appkeys
from gateway.config import Settings
from gateway.handlers import chat
from gateway.middlewares import error_middleware


def _completion(text):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=3, completion_tokens=2),
    )


@pytest.fixture
def app():
    app = web.Application(middlewares=[error_middleware])
    app[appkeys.SETTINGS] = Settings()
    groq = MagicMock()
    groq.chat.completions.create = AsyncMock(side_effect=[_completion("safe"), _completion("hello")])
    app[appkeys.GROQ] = groq
    app.router.add_routes(chat.routes)
    return app


async def test_chat_groq(aiohttp_client, app):
    client = await aiohttp_client(app)
    resp = await client.post("/v1/chat", json={"messages": [{"role": "user", "content": "hi"}]})
    assert resp.status == 200
    body = await resp.json()
    assert body["text"] == "hello"
    assert body["usage"] == {"input": 3, "output": 2}


async def test_chat_rejects_empty(aiohttp_client, app):
    client = await aiohttp_client(app)
    resp = await client.post("/v1/chat", json={"messages": []})
    assert resp.status == 400
