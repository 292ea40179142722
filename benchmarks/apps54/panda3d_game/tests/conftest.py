"""Fakes for the SDK clients and the Panda3D builtins."""
import builtins
import types

import pytest


class _Obj(types.SimpleNamespace):
    pass


class FakeCompletions:
    def __init__(self, content='{"title": "T", "giver": "G", "summary": "S", "objectives": [], "reward_gold": 5}'):
        self.content = content
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = _Obj(content=self.content)
        return _Obj(choices=[_Obj(message=msg)], usage=_Obj(prompt_tokens=3, completion_tokens=4))


class FakeChatClient:
    """Shaped like openai.OpenAI / groq.Groq."""

    def __init__(self, content=None):
        self.chat = _Obj(completions=FakeCompletions(content) if content else FakeCompletions())


class FakeMessenger:
    def __init__(self):
        self.sent = []

    def send(self, event, args=None):
        self.sent.append((event, args or []))


class FakeTaskMgr:
    def add(self, *a, **k):
        return None

    def doMethodLater(self, *a, **k):
        return None

    def remove(self, *a, **k):
        return None


@pytest.fixture
def panda_builtins(monkeypatch):
    m = FakeMessenger()
    monkeypatch.setattr(builtins, "messenger", m, raising=False)
    monkeypatch.setattr(builtins, "taskMgr", FakeTaskMgr(), raising=False)
    monkeypatch.setattr(builtins, "base", _Obj(), raising=False)
    return m


@pytest.fixture
def fake_groq():
    return FakeChatClient()
