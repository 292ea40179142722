"""Hand-rolled fakes for the SDK clients (cheaper than respx for our needs)."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any


def _completion(text: str) -> SimpleNamespace:
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text, parsed=None), delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
    )


class _FakeStream:
    def __init__(self, pieces: list[str]) -> None:
        self._pieces = pieces

    def __aiter__(self):
        self._it = iter(self._pieces)
        return self

    async def __anext__(self):
        try:
            piece = next(self._it)
        except StopIteration:
            raise StopAsyncIteration
        return SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=piece))])


@dataclass
class FakeCompletions:
    reply: str = "ok"
    calls: list[dict[str, Any]] = field(default_factory=list)

    async def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return _FakeStream(list(self.reply))
        return _completion(self.reply)

    async def parse(self, **kwargs: Any):
        self.calls.append(kwargs)
        return _completion(self.reply)


class FakeAsyncOpenAI:
    def __init__(self, reply: str = "ok") -> None:
        self.completions = FakeCompletions(reply)
        self.chat = SimpleNamespace(completions=self.completions)


class _FakeTextStream:
    def __init__(self, text: str) -> None:
        self.text = text

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    @property
    def text_stream(self):
        async def gen():
            for word in self.text.split(" "):
                yield word + " "

        return gen()


class FakeMessages:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict[str, Any]] = []

    async def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        return SimpleNamespace(content=[SimpleNamespace(type="text", text=self.reply)])

    def stream(self, **kwargs: Any):
        self.calls.append(kwargs)
        return _FakeTextStream(self.reply)

    async def count_tokens(self, **kwargs: Any):
        return SimpleNamespace(input_tokens=42)


class FakeAsyncAnthropic:
    def __init__(self, reply: str = "Draft one --- Draft two") -> None:
        self.messages = FakeMessages(reply)


class FakeReplicate:
    def __init__(self) -> None:
        self.runs: list[tuple[str, dict]] = []
        self.predictions = SimpleNamespace(
            get=lambda pid: SimpleNamespace(id=pid, status="succeeded", output=["https://x/1.webp"]),
            cancel=lambda pid: None,
        )
        self.models = SimpleNamespace(
            get=lambda ref: SimpleNamespace(name=ref.split("/")[1], owner=ref.split("/")[0], run_count=1),
            predictions=SimpleNamespace(create=lambda **kw: SimpleNamespace(id="p_123", status="starting")),
        )

    async def async_run(self, ref: str, input: dict):  # noqa: A002 - mirrors the SDK
        self.runs.append((ref, input))
        return [f"https://replicate.delivery/{i}.webp" for i in range(input.get("num_outputs", 1))]

    def run(self, ref: str, input: dict):  # noqa: A002
        self.runs.append((ref, input))
        return "https://replicate.delivery/up.png"
