"""Quiz bank model + a deterministic template-based generator used for fill-in-the-blank
items. Nothing here calls a model."""

from __future__ import annotations

import random
import re
import uuid
from dataclasses import dataclass, field

from pydantic import BaseModel, Field


class QuizQuestion(BaseModel):
    stem: str
    options: list[str] = Field(min_length=2, max_length=6)
    answer_index: int
    explanation: str = ""
    difficulty: int | None = None  # 1-5


class Quiz(BaseModel):
    lesson_id: str
    questions: list[QuizQuestion]


@dataclass
class QuizBank:
    lesson_id: str
    items: list[QuizQuestion] = field(default_factory=list)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

    @classmethod
    def create(cls, lesson_id: str, questions: list[QuizQuestion]) -> "QuizBank":
        bank = cls(lesson_id=lesson_id)
        for q in questions:
            bank.add(q)
        return bank

    def add(self, q: QuizQuestion) -> None:
        if any(existing.stem.strip().lower() == q.stem.strip().lower() for existing in self.items):
            return
        self.items.append(q)

    def to_payload(self) -> dict:
        return {"bank_id": self.id, "questions": [q.model_dump() for q in self.items]}


class ClozeGenerator:
    """Turns glossary sentences into cloze (fill-in-the-blank) questions."""

    TERM = re.compile(r"\*\*(.+?)\*\*")

    def __init__(self, seed: int | None = None) -> None:
        self._rng = random.Random(seed)

    def generate(self, text: str, limit: int = 5) -> list[QuizQuestion]:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if self.TERM.search(s)]
        terms = sorted({m.group(1) for s in sentences for m in self.TERM.finditer(s)})
        out: list[QuizQuestion] = []
        for sentence in sentences[:limit]:
            term = self.TERM.search(sentence).group(1)
            distractors = [t for t in terms if t != term]
            self._rng.shuffle(distractors)
            options = [term, *distractors[:3]]
            self._rng.shuffle(options)
            out.append(
                QuizQuestion(
                    stem=self.TERM.sub("_____", sentence, count=1).replace("**", ""),
                    options=options,
                    answer_index=options.index(term),
                )
            )
        return out
