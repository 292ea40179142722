"""Minimal fakes shaped like the provider SDK responses we read."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any


@dataclass
class Recorder:
    calls: list[dict[str, Any]] = field(default_factory=list)

    def record(self, **kwargs: Any) -> None:
        self.calls.append(kwargs)


class FakeCompletions:
    def __init__(self, replies: list[str], recorder: Recorder):
        self._replies = list(replies)
        self._recorder = recorder

    def create(self, **kwargs: Any):
        self._recorder.record(**kwargs)
        text = self._replies.pop(0) if self._replies else ""
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
            usage=SimpleNamespace(prompt_tokens=11, completion_tokens=7, total_tokens=18),
        )


class FakeOpenAI:
    """Stands in for openai.OpenAI / groq.Groq / the xAI client."""

    def __init__(self, replies: list[str] | None = None):
        self.recorder = Recorder()
        self.chat = SimpleNamespace(completions=FakeCompletions(replies or [], self.recorder))


class FakeMessages:
    def __init__(self, text: str, recorder: Recorder):
        self._text = text
        self._recorder = recorder

    def create(self, **kwargs: Any):
        self._recorder.record(**kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self._text)],
            usage=SimpleNamespace(input_tokens=100, output_tokens=20),
        )

    def count_tokens(self, **kwargs: Any):
        return SimpleNamespace(input_tokens=1234)


class FakeAnthropic:
    def __init__(self, text: str = "summary"):
        self.recorder = Recorder()
        self.messages = FakeMessages(text, self.recorder)


class FakeModeration:
    def __init__(self, scores: list[float]):
        self._scores = scores

    def create(self, **kwargs: Any):
        results = []
        for s in self._scores:
            cat = SimpleNamespace(model_dump=lambda s=s: {"harassment": s, "violence": None})
            results.append(SimpleNamespace(flagged=s >= 0.5, category_scores=cat))
        return SimpleNamespace(results=results)
