"""Fake SDK clients: just enough surface for the plugins under test."""
from __future__ import annotations

from types import SimpleNamespace
from typing import List


def _ns(**kw):
    return SimpleNamespace(**kw)


class _FakeCompletions:
    def __init__(self, answers: List[str]):
        self.answers = list(answers)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.answers.pop(0) if self.answers else "ok"
        return _ns(
            model=kwargs.get("model", "fake"),
            choices=[_ns(message=_ns(content=text))],
            usage=_ns(prompt_tokens=10, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, answers=("42",)):
        self.chat = _ns(completions=_FakeCompletions(answers))
        self.moderation_flags = {}

        def _moderate(model, input):
            flagged = any(word in input for word in self.moderation_flags)
            scores = {"harassment": 0.95 if flagged else 0.01}
            result = _ns(flagged=flagged, category_scores=_ns(model_dump=lambda by_alias=True: scores))
            return _ns(results=[result])

        self.moderations = _ns(create=_moderate)


class _FakeMessages:
    def __init__(self, answers):
        self.answers = list(answers)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.answers.pop(0) if self.answers else "ok"
        return _ns(
            model=kwargs["model"],
            content=[_ns(type="text", text=text)],
            usage=_ns(input_tokens=12, output_tokens=3),
        )

    def count_tokens(self, **kwargs):
        return _ns(input_tokens=7)


class FakeAnthropic:
    def __init__(self, answers=("hello",)):
        self.messages = _FakeMessages(answers)

    def with_options(self, **kwargs):
        return self


class FakeMistral:
    def __init__(self, answers=("summary",)):
        self.answers = list(answers)
        self.calls = []
        self.chat = _ns(complete=self._complete)

    def _complete(self, **kwargs):
        self.calls.append(kwargs)
        text = self.answers.pop(0) if self.answers else "summary"
        return _ns(model=kwargs["model"], choices=[_ns(message=_ns(content=text))],
                   usage=_ns(prompt_tokens=100, completion_tokens=20))
