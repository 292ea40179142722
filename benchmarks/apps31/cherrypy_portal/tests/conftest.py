import types

import pytest


class FakeMessages:
    def __init__(self, reply="hello from fake claude"):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        block = types.SimpleNamespace(type="text", text=self.reply)
        usage = types.SimpleNamespace(input_tokens=11, output_tokens=7)
        return types.SimpleNamespace(content=[block], usage=usage)

    def count_tokens(self, **kwargs):
        return types.SimpleNamespace(input_tokens=42)


class FakeAnthropic:
    def __init__(self, reply="hello from fake claude"):
        self.messages = FakeMessages(reply)


class FakeCompletions:
    def __init__(self, content="fake completion"):
        self.content = content
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = types.SimpleNamespace(content=self.content)
        usage = types.SimpleNamespace(prompt_tokens=5, completion_tokens=3)
        return types.SimpleNamespace(choices=[types.SimpleNamespace(message=msg)], usage=usage)


class FakeOpenAIish:
    """Stands in for openai/groq/fireworks clients (same shape)."""

    def __init__(self, content="fake completion"):
        self.chat = types.SimpleNamespace(completions=FakeCompletions(content))


class FakeSession(dict):
    id = "test-session"


@pytest.fixture
def fake_session(monkeypatch):
    import cherrypy

    sess = FakeSession()
    monkeypatch.setattr(cherrypy, "session", sess, raising=False)
    return sess


@pytest.fixture
def fake_registry(monkeypatch):
    from portal.llm import registry

    registry.clear()
    registry.register("anthropic", FakeAnthropic())
    registry.register("openai", FakeOpenAIish())
    registry.register("groq", FakeOpenAIish("groq says hi"))
    yield registry
    registry.clear()
