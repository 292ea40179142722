"""Prompt templates, versioned by hand. Bump the suffix when you change wording."""
from __future__ import annotations

from dataclasses import dataclass
from string import Template


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    version: int
    body: str

    @classmethod
    def create(cls, name: str, body: str, version: int = 1) -> "PromptTemplate":
        return cls(name=name, version=version, body=body.strip())

    def render(self, **kwargs: str) -> str:
        return Template(self.body).safe_substitute(**kwargs)


TRIAGE_V2 = PromptTemplate.create(
    "triage",
    """
Classify the support ticket into one of: billing, bug, account, feature_request, other.
Return JSON: {"category": ..., "urgency": 1-5, "summary": "..."}

Ticket:
$ticket
""",
    version=2,
)

RAG_ANSWER = PromptTemplate.create(
    "rag_answer",
    """
Answer the question using only the context. If the answer is not there, say "I don't know".

Context:
$context

Question: $question
""",
)

SYNTH_QUESTIONS = PromptTemplate.create(
    "synth_questions",
    """
Write $n diverse questions a customer could ask that are answered by this article.
One per line, no numbering.

$article
""",
)
