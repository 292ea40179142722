"""Fakes for the provider SDKs, shaped just enough like the real responses."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any, Dict, List


class _FakeCompletions:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: List[Dict[str, Any]] = []

    def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=usage)


class FakeOpenAI:
    def __init__(self, reply: str = "fake answer") -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.moderations = SimpleNamespace(
            create=lambda **kw: SimpleNamespace(results=[SimpleNamespace(flagged=False)])
        )


class _FakeMessages:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: List[Dict[str, Any]] = []

    def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return SimpleNamespace(content=[SimpleNamespace(type="text", text=self.reply)])


class FakeAnthropic:
    def __init__(self, reply: str = "fake summary") -> None:
        self.messages = _FakeMessages(reply)


class FakeBedrockRuntime:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: List[Dict[str, Any]] = []

    def converse(self, **kwargs: Any) -> Dict[str, Any]:
        self.calls.append(kwargs)
        return {
            "output": {"message": {"role": "assistant", "content": [{"text": self.text}]}},
            "usage": {"inputTokens": 12, "outputTokens": 8, "totalTokens": 20},
        }


class FakeStorage:
    def __init__(self) -> None:
        self.data: Dict[str, str] = {}

    def put(self, key: str, value: str) -> None:
        self.data[key] = value

    def get(self, key: str) -> str:
        return self.data[key]

    def contains(self, key: str) -> bool:
        return key in self.data
