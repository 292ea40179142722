"""Prompt templates shared by the tray actions."""
from __future__ import annotations

from dataclasses import dataclass
from string import Template


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    system: str
    user: Template

    @classmethod
    def create(cls, name: str, system: str, user: str) -> "PromptTemplate":
        return cls(name=name, system=system.strip(), user=Template(user.strip()))

    def render(self, **values: str) -> str:
        return self.user.safe_substitute(**values)


SUMMARISE = PromptTemplate.create(
    "summarise",
    "You summarise text copied to the clipboard. Be brief; use bullet points for lists.",
    "Summarise the following in at most $limit bullet points:\n\n$text",
)

EXPLAIN_SCREENSHOT = PromptTemplate.create(
    "explain_screenshot",
    "You explain what is visible on a user's screen. Mention error messages verbatim.",
    "$question",
)

TRANSLATE = PromptTemplate.create(
    "translate",
    "You are a careful translator. Keep formatting, code and names untouched.",
    "Translate into $language. Output only the translation.\n\n$text",
)

REWRITE = PromptTemplate.create(
    "rewrite",
    "You rewrite short texts. Preserve the meaning, change only the tone.",
    "Rewrite this in a $tone tone:\n\n$text",
)

GRAMMAR = PromptTemplate.create(
    "grammar",
    "Fix spelling and grammar. Return only the corrected text.",
    "$text",
)

EXPLAIN_CODE = PromptTemplate.create(
    "explain_code",
    "You explain code snippets to a developer in plain language.",
    "Explain what this $language code does, then list any bugs:\n\n```\n$code\n```",
)

ALL = {t.name: t for t in (SUMMARISE, EXPLAIN_SCREENSHOT, TRANSLATE, REWRITE, GRAMMAR, EXPLAIN_CODE)}
