"""Prompt templates shared across flows.

Templates are plain ``str.format`` strings; keep variables snake_case so
they can be filled from Metaflow artifacts with ``**vars(row)``.
"""
from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Any


@dataclass
class PromptTemplate:
    name: str
    system: str
    user: str
    version: int = 1
    tags: list[str] = field(default_factory=list)

    @classmethod
    def create(cls, name: str, system: str, user: str, **kwargs: Any) -> "PromptTemplate":
        tmpl = cls(name=name, system=system.strip(), user=user.strip(), **kwargs)
        tmpl.validate()
        return tmpl

    @property
    def variables(self) -> set[str]:
        names = set()
        for _, field_name, _, _ in string.Formatter().parse(self.user):
            if field_name:
                names.add(field_name)
        return names

    def validate(self) -> None:
        if not self.user:
            raise ValueError(f"template {self.name} has an empty user prompt")

    def render(self, **values: Any) -> str:
        missing = self.variables - set(values)
        if missing:
            raise KeyError(f"{self.name}: missing template variables {sorted(missing)}")
        return self.user.format(**values)

    def messages(self, **values: Any) -> list[dict[str, str]]:
        """OpenAI-style message list (system + user)."""
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": self.render(**values)},
        ]

    def anthropic_messages(self, **values: Any) -> list[dict[str, str]]:
        return [{"role": "user", "content": self.render(**values)}]


TICKET_SUMMARY = PromptTemplate.create(
    name="ticket_summary",
    system="""
You are a support operations analyst. Summarise customer tickets for the
weekly ops review. Be factual and terse. Never invent order numbers.
""",
    user="""
Summarise the following support tickets in at most {max_bullets} bullet points.
Group related issues together and call out anything that looks like an outage.

Tickets:
{tickets}
""",
    version=3,
    tags=["ops"],
)

REVIEW_CLASSIFIER = PromptTemplate.create(
    name="review_classifier",
    system="You label product reviews. Answer with JSON only.",
    user="""
Classify this review. Return JSON with keys "sentiment" (positive|neutral|negative),
"topics" (list of strings from {topics}) and "is_actionable" (bool).

Review:
{review}
""",
    version=2,
)

RAG_ANSWER = PromptTemplate.create(
    name="rag_answer",
    system="Answer using only the provided context. If the answer is not there, say you don't know.",
    user="""
Context:
{context}

Question: {question}
""",
)

JUDGE_RUBRIC = PromptTemplate.create(
    name="judge_rubric",
    system="""
You are a strict grader. Score the candidate answer against the reference on a
1-5 scale for correctness and a 1-5 scale for faithfulness to the context.
Reply with JSON: {"correctness": int, "faithfulness": int, "rationale": str}.
""",
    user="""
Question: {question}
Reference answer: {reference}
Context: {context}
Candidate answer: {candidate}
""",
)

PAIRWISE_JUDGE = PromptTemplate.create(
    name="pairwise_judge",
    system="Compare two answers to the same question and pick the better one.",
    user="""
Question: {question}

Answer A:
{answer_a}

Answer B:
{answer_b}
""",
)

TRANSLATE = PromptTemplate.create(
    name="translate",
    system="You are a professional translator. Preserve formatting and placeholders like {{name}}.",
    user="Translate the following text from {source_lang} to {target_lang}:\n\n{text}",
)

IMAGE_BRIEF = PromptTemplate.create(
    name="image_brief",
    system="You write prompts for image models.",
    user="Write a single-sentence image prompt for a marketing banner about: {topic}. Style: {style}.",
)

EXEC_SUMMARY = PromptTemplate.create(
    name="exec_summary",
    system="You write short executive summaries of ML evaluation runs for a non-technical audience.",
    user="Here are the evaluation results as a table:\n{table}\n\nWrite three sentences.",
)

DISTILL_TEACHER = PromptTemplate.create(
    name="distill_teacher",
    system="You are a careful teacher model. Think step by step, then give a final answer.",
    user="{question}",
)

REGISTRY: dict[str, PromptTemplate] = {
    t.name: t
    for t in (
        TICKET_SUMMARY,
        REVIEW_CLASSIFIER,
        RAG_ANSWER,
        JUDGE_RUBRIC,
        PAIRWISE_JUDGE,
        TRANSLATE,
        IMAGE_BRIEF,
        EXEC_SUMMARY,
        DISTILL_TEACHER,
    )
}


def get_prompt(name: str) -> PromptTemplate:
    try:
        return REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown prompt {name!r}; known: {sorted(REGISTRY)}") from None
