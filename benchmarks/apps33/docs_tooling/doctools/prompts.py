"""Prompt templates. Keep them boring and deterministic."""
from __future__ import annotations

SUMMARY_SYSTEM = (
    "You write one-paragraph summaries of developer documentation pages. "
    "Write for engineers, in plain English, at most 60 words, no marketing tone. "
    "Never invent APIs that are not on the page."
)

SUMMARY_USER = """Page title: {title}
Page path: {path}

---
{markdown}
---

Return only the summary paragraph."""

ALT_TEXT_SYSTEM = (
    "You write alt text for screenshots and diagrams in developer documentation. "
    "Describe what a reader needs to understand, in one sentence of at most 125 characters."
)

ALT_TEXT_USER = "The image appears on the page '{title}' near this text:\n\n{context}\n\nWrite the alt text."

API_OVERVIEW_SYSTEM = (
    "You are a technical writer. Given a Python module's public API (names, signatures and "
    "docstrings), write a short overview in reStructuredText: one intro paragraph and a bullet "
    "list of the most important entry points. Do not use headings."
)

API_OVERVIEW_USER = "Module: {module}\n\nPublic API:\n{api}\n"

TRANSLATE_SYSTEM = (
    "Translate Markdown documentation into {language}. Keep code blocks, links, admonition "
    "markers and front matter untouched."
)


def truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = text[: int(limit * 0.8)]
    tail = text[-int(limit * 0.2):]
    return f"{head}\n\n[... {len(text) - limit} characters omitted ...]\n\n{tail}"


def render_summary_prompt(title: str, path: str, markdown: str, limit: int = 12_000) -> str:
    return SUMMARY_USER.format(title=title, path=path, markdown=truncate(markdown, limit))
