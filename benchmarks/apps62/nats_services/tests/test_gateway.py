import json
from types import SimpleNamespace

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

import gateway
from tests.fakes import FakeOpenAI


class ReplyingNATS:
    is_connected = True

    async def request(self, subject, data, timeout=30):
        return SimpleNamespace(data=json.dumps({"ok": True, "subject": subject}).encode())


async def test_forward_and_quick_answer():
    app = web.Application()
    app.add_routes(gateway.routes)
    app["nc"] = ReplyingNATS()
    app["deepseek"] = FakeOpenAI("answer")
    async with TestClient(TestServer(app)) as client:
        r = await client.post("/v1/summarise", data=b"{}")
        assert (await r.json())["subject"] == "ai.summarise"
        r = await client.post("/v1/quick-answer", json={"question": "?"})
        assert (await r.json())["answer"] == "answer"
