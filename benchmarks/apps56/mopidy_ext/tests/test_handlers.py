import json
from types import SimpleNamespace
from unittest import mock

import tornado.testing
import tornado.web

from mopidy_aidj.http import handlers


class FakeAsyncAnthropic:
    def __init__(self):
        self.messages = mock.AsyncMock()
        self.messages.create.return_value = SimpleNamespace(
            content=[SimpleNamespace(type="text", text="Hello, night owls.")],
            usage=SimpleNamespace(input_tokens=20, output_tokens=6),
        )


class HandlersTest(tornado.testing.AsyncHTTPTestCase):
    def get_app(self):
        core = mock.Mock()
        core.playback.get_current_track.return_value.get.return_value = None
        self.anthropic = FakeAsyncAnthropic()
        services = {
            "config": {"commentary_model": "claude-test", "xai_model": "grok-test", "openai_model": "gpt-test"},
            "core": core,
            "frontend": lambda: None,
            "openai": None,
            "anthropic": self.anthropic,
            "xai": None,
        }
        return tornado.web.Application(
            [
                (r"/api/commentary", handlers.CommentaryHandler, services),
                (r"/api/usage", handlers.UsageHandler, services),
            ]
        )

    def test_commentary(self):
        resp = self.fetch("/api/commentary", method="POST", body=json.dumps({"style": "soft"}))
        assert resp.code == 200
        assert json.loads(resp.body)["text"] == "Hello, night owls."
        self.anthropic.messages.create.assert_awaited_once()

    def test_usage_lists_rows(self):
        resp = self.fetch("/api/usage")
        assert resp.code == 200
        assert "usage" in json.loads(resp.body)
