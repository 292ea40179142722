"""Minimal stand-ins for the SDK clients, shaped like the real responses."""
from __future__ import annotations

from types import SimpleNamespace


def _chat_response(text: str):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
    )


class _Completions:
    def __init__(self, owner: "FakeOpenAI") -> None:
        self.owner = owner

    def create(self, **kwargs):
        self.owner.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter([_chat_response(self.owner.reply)])
        return _chat_response(self.owner.reply)


class FakeOpenAI:
    def __init__(self, reply: str = "fake summary") -> None:
        self.reply = reply
        self.calls: list[dict] = []
        self.chat = SimpleNamespace(completions=_Completions(self))
        self.moderations = SimpleNamespace(
            create=lambda **kw: SimpleNamespace(results=[SimpleNamespace(flagged=False)])
        )


class _Messages:
    def __init__(self, owner: "FakeAnthropic") -> None:
        self.owner = owner

    def create(self, **kwargs):
        self.owner.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.owner.reply)],
            usage=SimpleNamespace(input_tokens=7, output_tokens=3),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "fake claude") -> None:
        self.reply = reply
        self.calls: list[dict] = []
        self.messages = _Messages(self)


class FakeHF:
    def summarization(self, text, model=None):
        return SimpleNamespace(summary_text=text[:20])

    def translation(self, text, model=None):
        return SimpleNamespace(translation_text=f"[{model}] {text}")
