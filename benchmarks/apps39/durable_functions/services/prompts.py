"""Prompt templates and helpers to turn them into provider payloads."""
from __future__ import annotations

from string import Template
from typing import Any

SUMMARY_SYSTEM = (
    "You are a precise technical editor. Summarise the document for an internal "
    "knowledge base. Keep numbers and names exact. Use at most $max_bullets bullets."
)

TRANSLATE_SYSTEM = (
    "Translate the user's text into $language. Preserve markdown formatting and code blocks."
)

CLASSIFY_SYSTEM = (
    "Classify the comment into one of: question, bug, praise, spam, other. "
    "Answer with the label only."
)

DIGEST_SYSTEM = (
    "Write a short weekly digest for the team from the following document summaries. "
    "Group related items. Friendly but brief."
)

TITLE_SYSTEM = "Propose a concise title (max 8 words) for the text. Return only the title."

_TEMPLATES: dict[str, str] = {
    "summary": SUMMARY_SYSTEM,
    "translate": TRANSLATE_SYSTEM,
    "classify": CLASSIFY_SYSTEM,
    "digest": DIGEST_SYSTEM,
    "title": TITLE_SYSTEM,
}


def render_prompt(name: str, **params: Any) -> str:
    return Template(_TEMPLATES[name]).safe_substitute(**params)


def build_messages(system: str, user: str, history: list[dict] | None = None) -> list[dict]:
    msgs: list[dict] = [{"role": "system", "content": system}]
    for turn in history or []:
        msgs.append({"role": turn["role"], "content": turn["content"]})
    msgs.append({"role": "user", "content": user})
    return msgs


def to_anthropic(messages: list[dict]) -> tuple[str, list[dict]]:
    """Anthropic wants the system prompt separately."""
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    return system, rest


def chunk_text(text: str, size: int = 6000, overlap: int = 200) -> list[str]:
    if len(text) <= size:
        return [text]
    chunks = []
    start = 0
    while start < len(text):
        chunks.append(text[start : start + size])
        start += size - overlap
    return chunks


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


FEW_SHOT_CLASSIFY: list[tuple[str, str]] = [
    ("How do I rotate the API key mentioned in section 3?", "question"),
    ("The diagram on page 2 is broken in Safari.", "bug"),
    ("This guide saved me a day, thanks!", "praise"),
    ("Buy cheap watches at example.biz", "spam"),
    ("I'll be out next week.", "other"),
]


def few_shot_messages(system: str, examples: list[tuple[str, str]], query: str) -> list[dict]:
    msgs: list[dict] = [{"role": "system", "content": system}]
    for user, label in examples:
        msgs.append({"role": "user", "content": user})
        msgs.append({"role": "assistant", "content": label})
    msgs.append({"role": "user", "content": query})
    return msgs


def strip_code_fences(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        if text.endswith("```"):
            text = text[:-3]
    return text.strip()
