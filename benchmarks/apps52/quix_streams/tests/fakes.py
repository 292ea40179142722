"""Hand-rolled fakes for provider clients (no network in tests)."""
from __future__ import annotations

import json
from types import SimpleNamespace


class _Completions:
    def __init__(self, content: str) -> None:
        self.content = content
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.content, parsed=None)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )

    def parse(self, **kwargs):
        self.calls.append(kwargs)
        parsed = kwargs["response_format"].model_validate_json(self.content)
        msg = SimpleNamespace(content=self.content, parsed=parsed)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)])


class FakeOpenAI:
    def __init__(self, content: str = '{"sentiment": "neutral", "topics": [], "urgent": false}') -> None:
        self.completions = _Completions(content)
        self.chat = SimpleNamespace(completions=self.completions)
        self.beta = SimpleNamespace(chat=SimpleNamespace(completions=self.completions))


class FakeAnthropic:
    def __init__(self, text: str = "ALLOW", fail: bool = False) -> None:
        self.text = text
        self.fail = fail
        self.calls: list[dict] = []
        self.messages = self

    def create(self, **kwargs):
        if self.fail:
            raise RuntimeError("overloaded")
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=3),
        )


class FakeVoyage:
    def __init__(self, dim: int = 4) -> None:
        self.dim = dim
        self.calls: list[list[str]] = []

    def embed(self, texts, model=None, input_type=None, truncation=True):
        self.calls.append(list(texts))
        return SimpleNamespace(
            embeddings=[[float(len(t))] * self.dim for t in texts],
            total_tokens=sum(len(t.split()) for t in texts),
        )

    def count_tokens(self, texts, model=None):
        return sum(len(t.split()) for t in texts)


class FakeBedrock:
    def __init__(self, reply: dict | str = "ok") -> None:
        self.reply = reply if isinstance(reply, str) else json.dumps(reply)
        self.calls: list[dict] = []

    def converse(self, **kwargs):
        self.calls.append(kwargs)
        return {
            "output": {"message": {"content": [{"text": self.reply}]}},
            "usage": {"inputTokens": 20, "outputTokens": 8},
        }


class FakeSinkItem:
    def __init__(self, value):
        self.value = value
