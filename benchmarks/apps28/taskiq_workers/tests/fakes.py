"""Hand-written fakes for the provider clients. Only the bits the tasks touch."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any


def _ns(**kw: Any) -> SimpleNamespace:
    return SimpleNamespace(**kw)


@dataclass
class Recorder:
    calls: list[tuple[str, dict]] = field(default_factory=list)

    def record(self, name: str, **kwargs: Any) -> None:
        self.calls.append((name, kwargs))

    def names(self) -> list[str]:
        return [n for n, _ in self.calls]


class _FakeCompletions:
    def __init__(self, rec: Recorder, reply: str) -> None:
        self.rec = rec
        self.reply = reply

    async def create(self, **kwargs: Any):
        self.rec.record("chat.completions.create", **kwargs)
        if kwargs.get("stream"):
            return _FakeStream([self.reply[i : i + 5] for i in range(0, len(self.reply), 5)])
        return _ns(
            model=kwargs.get("model", "fake"),
            choices=[_ns(message=_ns(content=self.reply, refusal=None, parsed=None))],
            usage=_ns(prompt_tokens=10, completion_tokens=5),
        )

    async def parse(self, **kwargs: Any):
        self.rec.record("chat.completions.parse", **kwargs)
        model_cls = kwargs["response_format"]
        parsed = model_cls.model_validate_json(self.reply)
        return _ns(choices=[_ns(message=_ns(content=self.reply, parsed=parsed, refusal=None))])


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
        return _ns(choices=[_ns(delta=_ns(content=piece))])


class FakeOpenAI:
    def __init__(self, reply: str = "ok") -> None:
        self.rec = Recorder()
        self.chat = _ns(completions=_FakeCompletions(self.rec, reply))
        self.moderations = _ns(create=self._moderate)
        self.embeddings = _ns(create=self._embed)
        self.flag_everything = False

    async def _moderate(self, **kwargs: Any):
        self.rec.record("moderations.create", **kwargs)
        cats = _ns(model_dump=lambda: {"violence": self.flag_everything})
        return _ns(results=[_ns(flagged=self.flag_everything, categories=cats, category_scores=_ns(model_dump=lambda: {"violence": 0.9 if self.flag_everything else 0.01}))])

    async def _embed(self, **kwargs: Any):
        self.rec.record("embeddings.create", **kwargs)
        return _ns(data=[_ns(index=i, embedding=[0.1, 0.2]) for i, _ in enumerate(kwargs["input"])])


class _FakeMessages:
    def __init__(self, rec: Recorder, reply: str) -> None:
        self.rec = rec
        self.reply = reply

    async def create(self, **kwargs: Any):
        self.rec.record("messages.create", **kwargs)
        if kwargs.get("tools"):
            block = _ns(type="tool_use", name=kwargs["tools"][0]["name"], id="tu_1", input=json.loads(self.reply))
            return _ns(model=kwargs["model"], content=[block], stop_reason="end_turn", usage=_ns(input_tokens=20, output_tokens=8))
        return _ns(
            model=kwargs["model"],
            content=[_ns(type="text", text=self.reply)],
            stop_reason="end_turn",
            usage=_ns(input_tokens=20, output_tokens=8),
        )

    async def count_tokens(self, **kwargs: Any):
        self.rec.record("messages.count_tokens", **kwargs)
        return _ns(input_tokens=sum(len(m["content"]) // 4 for m in kwargs["messages"]))


class FakeAnthropic:
    def __init__(self, reply: str = "A short summary.") -> None:
        self.rec = Recorder()
        self.messages = _FakeMessages(self.rec, reply)

    def with_options(self, **_: Any) -> "FakeAnthropic":
        return self


class FakeVoyage:
    def __init__(self, dim: int = 4) -> None:
        self.rec = Recorder()
        self.dim = dim

    async def embed(self, texts, model=None, input_type=None, **kw):
        self.rec.record("embed", texts=texts, model=model, input_type=input_type)
        return _ns(embeddings=[[float(len(t) % 7)] * self.dim for t in texts], total_tokens=sum(len(t) // 4 for t in texts))

    def count_tokens(self, texts, model=None):
        return sum(len(t) // 4 for t in texts)


class FakeStore:
    def __init__(self, lessons: dict[str, Any]) -> None:
        self.lessons = lessons
        self.artefacts: list[Any] = []
        self.chunks: dict[str, list[str]] = {}
        self.embeddings: dict[str, list[float]] = {}

    async def get_lesson(self, lesson_id: str):
        return self.lessons[lesson_id]

    async def lessons_for_course(self, course_id: str):
        return [lesson for lesson in self.lessons.values() if lesson.course_id == course_id]

    async def latest(self, lesson_id: str, kind: str):
        for a in reversed(self.artefacts):
            if a.lesson_id == lesson_id and a.kind == kind:
                return a
        return None

    async def create(self, artefact) -> str:
        self.artefacts.append(artefact)
        return artefact.id

    async def replace_chunks(self, lesson_id, texts):
        self.chunks[lesson_id] = list(texts)
        return [f"{lesson_id}:{i}" for i in range(len(texts))]

    async def save_embeddings(self, ids, vectors, model):
        self.embeddings.update(dict(zip(ids, vectors)))
