"""Prompt templates.  Keep these dumb: no network, no clients."""
from __future__ import annotations

from string import Template
from typing import Iterable

SUMMARY_SYSTEM = (
    "You are an assistant that writes faithful, concise summaries of business "
    "documents. Never invent numbers. Use the document's language."
)

_SUMMARY_TMPL = Template(
    "Summarise the following document in at most $max_words words.\n"
    "Style: $style\n\n---\n$body\n---"
)

TICKET_LABELS = ["billing", "bug", "feature_request", "account", "outage", "other"]

_CLASSIFY_TMPL = Template(
    "Classify the support ticket into exactly one of: $labels.\n"
    "Answer with the label only.\n\nSubject: $subject\n\n$body"
)

CHAT_SYSTEM = (
    "You answer questions about a tabular dataset. You are given the schema and a "
    "sample of rows. If the answer needs computation, reply with a single pandas "
    "expression over a DataFrame named `df` inside ```python fences."
)


def build_summary_prompt(body: str, max_words: int = 150, style: str = "bullet points") -> str:
    body = body.strip()
    if len(body) > 60_000:
        body = body[:60_000]
    return _SUMMARY_TMPL.substitute(max_words=max_words, style=style, body=body)


def build_classification_prompt(subject: str, body: str, labels: Iterable[str] = TICKET_LABELS) -> str:
    return _CLASSIFY_TMPL.substitute(labels=", ".join(labels), subject=subject or "(none)", body=body)


def render_chat_history(history: list[dict], limit: int = 12) -> list[dict]:
    """Taipy tables hold history as list[dict(role, content)]; trim for the API."""
    msgs = [m for m in history if m.get("role") in ("user", "assistant")]
    return [{"role": m["role"], "content": str(m["content"])} for m in msgs[-limit:]]


def schema_block(columns: dict[str, str], sample_csv: str) -> str:
    cols = "\n".join(f"- {name}: {dtype}" for name, dtype in columns.items())
    return f"Columns:\n{cols}\n\nSample rows (CSV):\n{sample_csv}"


def parse_label(text: str, labels: Iterable[str] = TICKET_LABELS) -> str:
    cleaned = text.strip().lower().strip(".` ")
    for label in labels:
        if cleaned == label or cleaned.startswith(label):
            return label
    return "other"
