from __future__ import annotations

from typing import Iterable, Sequence

ANSWER_SYSTEM_PROMPT = """You are the assistant for an internal knowledge base.
Answer only from the provided passages. If the passages don't contain the answer,
say you don't know. Cite passages as [n]."""

SUMMARY_PROMPT = """Summarise the following knowledge-base article in {sentences} sentences.
Keep product names and version numbers exact.

{body}"""

TAGGING_PROMPT = """<|system|>
You label knowledge-base articles. Reply with at most {n} comma-separated lowercase tags.</s>
<|user|>
{title}

{body}</s>
<|assistant|>
"""

TRANSLATE_PROMPT = "Translate the following Markdown into {language}. Preserve formatting and code blocks.\n\n{body}"


def format_passages(passages: Iterable[tuple[str, str]]) -> str:
    out = []
    for i, (title, text) in enumerate(passages, start=1):
        out.append(f"[{i}] {title}\n{text.strip()}")
    return "\n\n".join(out)


def build_answer_messages(question: str, passages: Sequence[tuple[str, str]], history: Sequence[dict] | None = None) -> list[dict]:
    messages: list[dict] = [{"role": "system", "content": ANSWER_SYSTEM_PROMPT}]
    for turn in history or []:
        messages.append({"role": turn["role"], "content": turn["content"]})
    messages.append(
        {
            "role": "user",
            "content": f"Passages:\n{format_passages(passages)}\n\nQuestion: {question}",
        }
    )
    return messages
