"""Prompt templates shared by services."""
from __future__ import annotations

from dataclasses import dataclass
from string import Template


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    body: str

    def generate(self, **values: str) -> str:
        """Render the template (plain string substitution, no model call)."""
        return Template(self.body).safe_substitute(**values)


SUMMARY = PromptTemplate(
    "summary",
    "Summarise the following text in at most $words words. Keep names and numbers.\n\n$text",
)
CHUNK_SUMMARY = PromptTemplate("chunk", "Summarise this part of a longer document:\n\n$text")
MERGE_SUMMARY = PromptTemplate("merge", "Merge these partial summaries into one ($words words max):\n\n$text")
CLASSIFY = PromptTemplate(
    "classify",
    "Classify the message into exactly one of: $labels.\n"
    'Answer as JSON {"label": ..., "confidence": 0..1}.\n\nMessage: $text',
)
TRANSLATE = PromptTemplate(
    "translate",
    "Translate to $target. Preserve formatting and placeholders like {name}. Output only the translation.\n\n$text",
)
DETECT = PromptTemplate("detect", "Which language is this? Answer with the ISO 639-1 code only.\n\n$text")
