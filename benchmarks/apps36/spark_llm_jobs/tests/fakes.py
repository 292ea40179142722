"""Fake provider clients with just enough surface for the jobs."""
from __future__ import annotations

import json
from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, content: str) -> None:
        self.content = content
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.content))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class _FakeEmbeddings:
    def __init__(self, dim: int = 4) -> None:
        self.dim = dim
        self.calls = 0

    def create(self, model, input, **kwargs):
        self.calls += 1
        return SimpleNamespace(
            data=[SimpleNamespace(index=i, embedding=[float(len(t))] * self.dim) for i, t in enumerate(input)]
        )


class FakeOpenAI:
    def __init__(self, content: str = '{"category": "billing", "urgency": "high"}') -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(content))
        self.embeddings = _FakeEmbeddings()


class _FakeMessages:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )


class FakeAnthropic:
    def __init__(self, text: str = json.dumps({"summary": "ok", "pros": ["a"], "cons": []})) -> None:
        self.messages = _FakeMessages(text)


class FakeBedrockRuntime:
    def __init__(self, text: str = '{"brand": "Acme", "color": "red"}') -> None:
        self.text = text
        self.invocations = []

    def invoke_model(self, **kwargs):
        import io

        self.invocations.append(kwargs)
        payload = {"content": [{"type": "text", "text": self.text}], "usage": {"input_tokens": 3, "output_tokens": 2}}
        return {"body": io.BytesIO(json.dumps(payload).encode())}
