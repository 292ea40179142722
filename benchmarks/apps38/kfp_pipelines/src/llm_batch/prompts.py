"""Prompt templates. Versioned by hand; bump PROMPT_VERSION on any edit."""

from __future__ import annotations

import string
from dataclasses import dataclass

PROMPT_VERSION = "2024-11-03"

CLASSIFY_SYSTEM = (
    "You are a support-ticket triage assistant. Classify the ticket into exactly one "
    "of the given categories and return JSON with keys 'category' and 'confidence'."
)

SUMMARY_SYSTEM = "Summarise the customer conversation in at most five bullet points. Do not invent facts."

JUDGE_SYSTEM = (
    "You grade a candidate summary against the source conversation. Return a score from 1 to 5 "
    "for faithfulness and for coverage, and one sentence of rationale."
)


@dataclass
class PromptTemplate:
    name: str
    template: str
    version: str = PROMPT_VERSION

    @classmethod
    def create(cls, name: str, template: str) -> "PromptTemplate":
        # validates placeholders up front so a typo fails at compile time, not in the batch
        list(string.Formatter().parse(template))
        return cls(name=name, template=template)

    def render(self, **kwargs) -> str:
        return self.template.format(**kwargs)


CLASSIFY = PromptTemplate.create(
    "classify",
    "Categories: {categories}\n\nTicket subject: {subject}\n\nTicket body:\n{body}",
)
SUMMARISE = PromptTemplate.create("summarise", "Conversation:\n{conversation}")
JUDGE = PromptTemplate.create(
    "judge",
    "Source conversation:\n{conversation}\n\nCandidate summary:\n{summary}",
)
