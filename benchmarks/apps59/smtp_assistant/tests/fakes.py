"""Hand-rolled fakes for the SDK clients; shaped like the real response objects."""
from __future__ import annotations

from types import SimpleNamespace


class _FakeAnthropicMessages:
    def __init__(self, text: str):
        self.text = text
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=10, output_tokens=5),
        )


class FakeAsyncAnthropic:
    def __init__(self, text: str = '{"category": "support", "urgency": 4, "reason": "outage"}'):
        self.messages = _FakeAnthropicMessages(text)


class _FakeModerations:
    def __init__(self, flagged: bool):
        self.flagged = flagged

    async def create(self, **kwargs):
        return SimpleNamespace(results=[SimpleNamespace(flagged=self.flagged)])


class FakeAsyncOpenAI:
    def __init__(self, flagged: bool = False):
        self.moderations = _FakeModerations(flagged)


class _FakeResponses:
    def __init__(self, text):
        self.text = text
        self.last = None

    def create(self, **kwargs):
        self.last = kwargs
        return SimpleNamespace(output_text=self.text)


class _FakeCompletions:
    def __init__(self, text):
        self.text = text

    def create(self, **kwargs):
        msg = SimpleNamespace(content=self.text, parsed=None)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)],
                               usage=SimpleNamespace(prompt_tokens=3, completion_tokens=4))

    def parse(self, **kwargs):
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(parsed=kwargs["response_format"]()))])


class FakeOpenAI:
    def __init__(self, text: str = "Thanks, we'll look into it."):
        self.responses = _FakeResponses(text)
        self.chat = SimpleNamespace(completions=_FakeCompletions(text))


class FakeGenai:
    def __init__(self, text: str = "Summary."):
        self.models = SimpleNamespace(generate_content=lambda **kw: SimpleNamespace(text=text))
