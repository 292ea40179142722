"""Hand-rolled fakes for the SDK clients. Shaped like the real response objects
just enough for our code paths."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any


def _chat_completion(text: str, tool_calls: list | None = None) -> SimpleNamespace:
    message = SimpleNamespace(
        content=text,
        tool_calls=tool_calls,
        model_dump=lambda **_: {"role": "assistant", "content": text, "tool_calls": []},
    )
    return SimpleNamespace(
        choices=[SimpleNamespace(message=message, delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=11, completion_tokens=7),
    )


class _FakeCompletions:
    def __init__(self, replies: list[Any]) -> None:
        self.replies = list(replies)
        self.calls: list[dict[str, Any]] = []

    async def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        reply = self.replies.pop(0) if self.replies else "ok"
        return reply if not isinstance(reply, str) else _chat_completion(reply)


class FakeAsyncOpenAI:
    """Stands in for AsyncOpenAI / AsyncGroq / AsyncCerebras."""

    def __init__(self, replies: list[Any] | None = None) -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(replies or []))
        self.moderations = SimpleNamespace(create=self._moderate)
        self.flag_next = False

    async def _moderate(self, **kwargs: Any) -> Any:
        return SimpleNamespace(results=[SimpleNamespace(flagged=self.flag_next, categories={})])


@dataclass
class _FakeMessages:
    text: str
    calls: list[dict[str, Any]] = field(default_factory=list)

    async def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=100, output_tokens=20),
        )

    async def count_tokens(self, **kwargs: Any) -> Any:
        return SimpleNamespace(input_tokens=123)


class FakeAsyncAnthropic:
    def __init__(self, text: str = "summary") -> None:
        self.messages = _FakeMessages(text)


class FakeBedrockRuntime:
    def __init__(self, text: str = "Within guidelines.") -> None:
        self.text = text
        self.requests: list[dict[str, Any]] = []

    def converse(self, **kwargs: Any) -> dict[str, Any]:
        self.requests.append(kwargs)
        return {
            "output": {"message": {"role": "assistant", "content": [{"text": self.text}]}},
            "usage": {"inputTokens": 50, "outputTokens": 10},
        }


class FakePolicyAdmin:
    def __init__(self, policies: dict[str, dict] | None = None, claims: dict[str, dict] | None = None) -> None:
        self.policies = policies or {}
        self.claims = claims or {}
        self.notes: list[tuple[str, Any]] = []

    async def get_policy(self, number: str) -> dict | None:
        return self.policies.get(number)

    async def search_policies(self, insured_name: str, limit: int = 5) -> list[dict]:
        return [p for p in self.policies.values() if insured_name.lower() in p["insured"]["name"].lower()][:limit]

    async def get_claim(self, claim_id: str) -> dict:
        return self.claims[claim_id]

    async def add_note(self, number: str, note: Any) -> dict:
        self.notes.append((number, note))
        return {"ok": True}

    async def aclose(self) -> None:
        pass
