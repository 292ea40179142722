"""Fake SDK clients for tests.  Shapes mirror the real SDK responses closely
enough for the backends' parsing code."""
from __future__ import annotations

from types import SimpleNamespace as NS


class _FakeCompletions:
    def __init__(self, text="fake"):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(
            model=kwargs["model"],
            choices=[NS(message=NS(content=self.text), finish_reason="stop")],
            usage=NS(prompt_tokens=3, completion_tokens=2),
        )


class FakeOpenAI:
    def __init__(self, text="fake"):
        self.chat = NS(completions=_FakeCompletions(text))
        self.embeddings = NS(create=lambda **kw: NS(model=kw["model"], data=[NS(embedding=[0.1, 0.2]) for _ in kw["input"]],
                                                    usage=NS(prompt_tokens=1)))


class _FakeMessages:
    def __init__(self, text):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(model=kwargs["model"], content=[NS(type="text", text=self.text)],
                  usage=NS(input_tokens=5, output_tokens=7), stop_reason="end_turn")


class FakeAnthropic:
    def __init__(self, text="claude says hi"):
        self.messages = _FakeMessages(text)


class FakeBedrockRuntime:
    def __init__(self):
        self.calls = []

    def converse(self, **kwargs):
        self.calls.append(kwargs)
        return {
            "output": {"message": {"content": [{"text": "bedrock ok"}]}},
            "usage": {"inputTokens": 4, "outputTokens": 2},
            "stopReason": "end_turn",
        }
