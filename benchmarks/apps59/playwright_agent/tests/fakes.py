"""Hand-rolled fakes for the SDK clients; cheaper than patching deep attribute chains."""
from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any


class _FakeCompletions:
    def __init__(self, replies: list[str]) -> None:
        self.replies = list(replies)
        self.calls: list[dict[str, Any]] = []

    async def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        content = self.replies.pop(0) if self.replies else json.dumps({"type": "done", "reason": "no more replies"})
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=content))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeAsyncOpenAI:
    def __init__(self, replies: list[str]) -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(replies))


class _FakeMessages:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict[str, Any]] = []
        self.with_raw_response = SimpleNamespace(create=self._raw_create)

    def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )

    def _raw_create(self, **kwargs: Any) -> Any:
        msg = self.create(**kwargs)
        return SimpleNamespace(headers={"anthropic-ratelimit-requests-remaining": "49"}, parse=lambda: msg)


class FakeAnthropic:
    def __init__(self, text: str = "1. Check the login form") -> None:
        self.messages = _FakeMessages(text)


class FakePage:
    def __init__(self, url: str = "https://app.test/") -> None:
        self.url = url
        self.visited: list[str] = []

    async def goto(self, url: str, **_: Any) -> Any:
        self.visited.append(url)
        self.url = url
        return SimpleNamespace(status=200)


class FakeSession:
    def __init__(self) -> None:
        self.page = FakePage()

    async def screenshot_b64(self, full_page: bool = False) -> str:
        return "iVBORw0KGgo="

    async def screenshot_bytes(self) -> bytes:
        return b"\x89PNG\r\n"

    async def accessibility_outline(self, limit: int = 6000) -> str:
        return "- heading \"Dashboard\"\n- button \"Save\""
