from __future__ import annotations

from types import SimpleNamespace
from unittest import mock

from common.schema import Triage
from steps import reply


class _FakeChat:
    def __init__(self, text):
        self.text = text
        self.messages = []

    def append(self, message):
        self.messages.append(message)
        return self

    def sample(self):
        return SimpleNamespace(content=self.text)


class _FakeXAI:
    def __init__(self, text="Thanks for reaching out!"):
        self.created = []
        self.chat = SimpleNamespace(create=self._create)
        self._text = text

    def _create(self, model, **kwargs):
        self.created.append((model, kwargs))
        return _FakeChat(self._text)


def test_abuse_is_not_drafted(msg):
    t = Triage(message=msg, category="abuse")
    assert reply.draft_reply((t, None)) is None


def test_grok_draft(msg):
    fake = _FakeXAI()
    with mock.patch.object(reply, "get_client", return_value=fake), mock.patch.object(
        reply, "_kb_snippets", return_value=[]
    ):
        draft = reply.draft_with_grok(Triage(message=msg), summary="customer double charged")
    assert draft.body == "Thanks for reaching out!"
    assert fake.created[0][0] == "grok-3-mini"


def test_fake_chat_sample():
    chat = _FakeXAI("hi").chat.create(model="grok-3-mini")
    assert chat.sample().content == "hi"


def test_p1_uses_tracked_service(msg):
    t = Triage(message=msg, priority="p1")
    with mock.patch.object(reply.multi_model_service, "generate_response", new=mock.AsyncMock(return_value="ok")), \
            mock.patch.object(reply, "_kb_snippets", return_value=[]):
        draft = reply.draft_reply((t, None))
    assert draft.body == "ok"
    assert draft.confidence == 0.7
