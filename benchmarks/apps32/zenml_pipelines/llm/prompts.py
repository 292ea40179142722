"""Prompt templates. Kept in code so they are versioned with the pipelines."""

from __future__ import annotations

from string import Template
from typing import Iterable

LABEL_SYSTEM = (
    "You are a support-ticket triage assistant. Reply with exactly one label "
    "from the allowed list and nothing else."
)

LABEL_USER = Template(
    "Allowed labels: $labels\n\nTicket subject: $subject\nTicket body:\n$body\n\nLabel:"
)

JUDGE_SYSTEM = (
    "You grade answers to customer questions. Return JSON with keys "
    '"score" (0-1 float) and "reason" (short string).'
)

JUDGE_USER = Template(
    "Question:\n$question\n\nReference answer:\n$reference\n\nCandidate answer:\n$candidate\n"
)

CONTEXTUALIZE_USER = Template(
    "<document>\n$document\n</document>\nHere is a chunk from the document:\n"
    "<chunk>\n$chunk\n</chunk>\nGive a short context that situates this chunk "
    "within the whole document. Answer only with the context."
)


def render_label_prompt(subject: str, body: str, labels: Iterable[str]) -> str:
    return LABEL_USER.substitute(labels=", ".join(labels), subject=subject, body=body[:4000])


def render_judge_prompt(question: str, reference: str, candidate: str) -> str:
    return JUDGE_USER.substitute(question=question, reference=reference, candidate=candidate)
