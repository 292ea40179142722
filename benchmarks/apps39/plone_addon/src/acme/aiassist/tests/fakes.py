"""Fake vendor clients so tests never hit the network."""
from types import SimpleNamespace
from zope.interface import implementer
from acme.aiassist.interfaces import IAIClientProvider


class _FakeCompletions:
    def __init__(self, text):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.text)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=message)],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, text="A fake summary."):
        self.chat = SimpleNamespace(completions=_FakeCompletions(text))


class _FakeMessages:
    def __init__(self, text):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs.get("model"),
            content=[SimpleNamespace(type="text", text=self.text)],
        )


class FakeAnthropic:
    def __init__(self, text="Claude says hi."):
        self.messages = _FakeMessages(text)


@implementer(IAIClientProvider)
class FakeProvider:
    def __init__(self, name, client):
        self.name = name
        self.client = client

    def default_model(self):
        return "fake-model"

    def reset(self):
        pass

    def complete(self, prompt, system=None, model=None, max_tokens=512):
        return "fake: " + prompt[:20]
