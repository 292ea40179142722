"""Fake SDK clients shaped like the real ones (only the bits we use)."""
from __future__ import annotations

import io
import json
from types import SimpleNamespace as NS


class _FakeCompletions:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = NS(content=self.text, role="assistant")
        return NS(choices=[NS(message=msg)], usage=NS(prompt_tokens=10, completion_tokens=5))


class FakeOpenAI:
    def __init__(self, text: str = "ok") -> None:
        self.chat = NS(completions=_FakeCompletions(text))
        self.responses = NS(create=lambda **kw: NS(output_text=text))
        self.embeddings = NS(create=lambda model, input: NS(data=[NS(embedding=[1.0, 0.0]) for _ in input]))


class _FakeMessages:
    def __init__(self, text: str, tool_input: dict | None) -> None:
        self.text = text
        self.tool_input = tool_input
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if self.tool_input is not None and kwargs.get("tools"):
            return NS(content=[NS(type="tool_use", input=self.tool_input)])
        return NS(content=[NS(type="text", text=self.text)])


class FakeAnthropic:
    def __init__(self, text: str = "ok", tool_input: dict | None = None) -> None:
        self.messages = _FakeMessages(text, tool_input)


class FakeBedrockRuntime:
    def __init__(self, text: str = "billing") -> None:
        self.text = text
        self.calls: list[dict] = []

    def converse(self, **kwargs):
        self.calls.append(kwargs)
        return {"output": {"message": {"content": [{"text": self.text}]}}, "usage": {"inputTokens": 3, "outputTokens": 1}}

    def invoke_model(self, **kwargs):
        self.calls.append(kwargs)
        return {"body": io.BytesIO(json.dumps({"content": [{"text": self.text}], "embedding": [0.1, 0.2]}).encode())}
