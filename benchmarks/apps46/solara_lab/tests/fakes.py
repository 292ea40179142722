"""Fakes for SDK clients. They mimic just enough of the response shapes."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace


def _chat_response(text: str, prompt_tokens: int = 10, completion_tokens: int = 5):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), text=text)],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


@dataclass
class _Completions:
    replies: list[str]
    calls: list[dict] = field(default_factory=list)

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else ""
        return _chat_response(text)


class FakeOpenAI:
    def __init__(self, replies: list[str] | None = None) -> None:
        self.completions = _Completions(list(replies or []))
        self.chat = SimpleNamespace(completions=self.completions)

    @property
    def calls(self) -> list[dict]:
        return self.completions.calls


@dataclass
class _Messages:
    scripted: list
    calls: list[dict] = field(default_factory=list)

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return self.scripted.pop(0)


class FakeAnthropic:
    def __init__(self, scripted: list) -> None:
        self.messages = _Messages(list(scripted))


def text_block(text: str):
    return SimpleNamespace(type="text", text=text, model_dump=lambda: {"type": "text", "text": text})


def tool_block(id_: str, sql: str):
    return SimpleNamespace(
        type="tool_use", id=id_, name="run_sql", input={"sql": sql},
        model_dump=lambda: {"type": "tool_use", "id": id_, "name": "run_sql", "input": {"sql": sql}},
    )


def anthropic_message(blocks, stop_reason="end_turn"):
    return SimpleNamespace(content=blocks, stop_reason=stop_reason,
                           usage=SimpleNamespace(input_tokens=20, output_tokens=8))
