import json
from unittest import mock

from tornado.testing import AsyncHTTPTestCase

from supportbot.app import make_app
from supportbot.clients import ClientBundle
from tests.fakes import (
    FakeAnthropic,
    FakeCohere,
    FakeHTTP,
    FakeKBStore,
    FakeOpenAI,
    FakeTicketStore,
    FakeVoyage,
)

HEADERS = {"X-Tenant-Id": "acme", "Content-Type": "application/json"}


class HandlerTestBase(AsyncHTTPTestCase):
    def get_app(self):
        self.oai = FakeOpenAI(reply="Hello there")
        self.claude = FakeAnthropic(reply="Customer cannot log in.")
        clients = ClientBundle(self.oai, self.claude, FakeVoyage(), FakeCohere(),
                               FakeOpenAI(reply='{"score": 9, "reason": "caps"}'), FakeHTTP())
        app = make_app(db_pool=mock.MagicMock(), clients=clients)
        app.tickets = FakeTicketStore()
        app.kb_store = FakeKBStore()
        app.kb.store = app.kb_store
        return app


class TestChat(HandlerTestBase):
    def test_chat_answers_from_kb(self):
        resp = self.fetch("/api/chat", method="POST", headers=HEADERS,
                          body=json.dumps({"message": "how do I reset?"}))
        self.assertEqual(resp.code, 200)
        self.assertEqual(json.loads(resp.body)["answer"], "Hello there")
        self.assertEqual(len(self.oai.calls), 1)

    def test_empty_message_rejected(self):
        resp = self.fetch("/api/chat", method="POST", headers=HEADERS, body="{}")
        self.assertEqual(resp.code, 400)


class TestTickets(HandlerTestBase):
    def test_summary_uses_claude(self):
        tid = self.io_loop.run_sync(
            lambda: self._app.tickets.create("acme", "a@b.c", "help", "login broken"))
        resp = self.fetch("/api/tickets/%d/summary" % tid, method="POST", headers=HEADERS, body="{}")
        self.assertEqual(resp.code, 200)
        self.assertIn("log in", json.loads(resp.body)["summary"])
        self.assertEqual(self.claude.calls[0]["max_tokens"], 400)

    def test_triage_goes_through_multi_model_service(self):
        tid = self.io_loop.run_sync(
            lambda: self._app.tickets.create("acme", "a@b.c", "help", "refund please"))
        with mock.patch("supportbot.handlers.tickets.multi_model_service") as mms:
            mms.generate_response = mock.AsyncMock(return_value='{"category": "billing", "urgency": 4}')
            self._app.tickets.set_triage = mock.AsyncMock()
            resp = self.fetch("/api/tickets/%d/triage" % tid, method="POST", headers=HEADERS, body="{}")
        self.assertEqual(json.loads(resp.body)["category"], "billing")
        mms.generate_response.assert_awaited_once()


class TestStreaming(HandlerTestBase):
    def test_chat_socket_streams_deltas(self):
        from tornado.websocket import websocket_connect

        async def go():
            url = "ws://127.0.0.1:%d/ws/chat" % self.get_http_port()
            conn = await websocket_connect(url)
            conn.write_message(json.dumps({"text": "hi"}))
            frames = []
            while True:
                msg = json.loads(await conn.read_message())
                frames.append(msg)
                if msg["type"] == "done":
                    break
            conn.close()
            return frames

        frames = self.io_loop.run_sync(go)
        text = "".join(f.get("text", "") for f in frames if f["type"] == "delta")
        self.assertEqual(text.strip(), "Hello there")
        self.assertTrue(self.oai.calls[0]["stream"])


class TestRateLimit(HandlerTestBase):
    def test_429_after_budget(self):
        from supportbot.handlers import base
        with mock.patch.object(base, "rate_limiter", base._TenantRateLimiter(per_minute=1)):
            first = self.fetch("/api/chat", method="POST", headers=HEADERS,
                               body=json.dumps({"message": "one"}))
            second = self.fetch("/api/chat", method="POST", headers=HEADERS,
                                body=json.dumps({"message": "two"}))
        self.assertEqual(first.code, 200)
        self.assertEqual(second.code, 429)
