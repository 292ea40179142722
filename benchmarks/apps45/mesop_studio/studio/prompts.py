"""Prompt templates for the summary studio and the playground presets."""

from __future__ import annotations

import string
from dataclasses import dataclass


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    system: str
    user: str

    def create(self, **values) -> list[dict[str, str]]:
        """Build a message list.  (Yes, `create` -- it builds messages, nothing else.)"""
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": string.Template(self.user).safe_substitute(values)},
        ]


TEMPLATES: dict[str, PromptTemplate] = {
    "chunk_summary": PromptTemplate(
        "chunk_summary",
        "You summarise sections of long documents faithfully. Never invent facts.",
        "Summarise the following section in at most $words words, keeping names, "
        "numbers and dates.\n\n<section>\n$text\n</section>",
    ),
    "reduce": PromptTemplate(
        "reduce",
        "You merge partial summaries into a single coherent summary.",
        "Combine these partial summaries of \"$title\" into one summary of about "
        "$words words with a short bullet list of key points.\n\n$text",
    ),
    "outline": PromptTemplate(
        "outline",
        "You produce concise hierarchical outlines in Markdown.",
        "Produce a Markdown outline of this document:\n\n$text",
    ),
    "qa": PromptTemplate(
        "qa",
        "Answer strictly from the provided context. If the answer is not there, say so.",
        "Context:\n$context\n\nQuestion: $question",
    ),
    "judge": PromptTemplate(
        "judge",
        "You are an impartial evaluator of model answers.",
        "Prompt:\n$prompt\n\nAnswer A:\n$a\n\nAnswer B:\n$b\n\n"
        "Which answer is better? Reply with 'A', 'B' or 'TIE' and one sentence of reasoning.",
    ),
    "title": PromptTemplate(
        "title",
        "You write short titles.",
        "Give a title of at most 8 words for:\n\n$text",
    ),
}


def render(name: str, **values) -> list[dict[str, str]]:
    return TEMPLATES[name].create(**values)
