"""Prompt templates shared by steps and the legacy triage module."""
from __future__ import annotations

from common.schema import CATEGORIES, PRIORITIES

CLASSIFY_SYSTEM = (
    "You triage customer support messages for a B2B SaaS product. "
    f"Return JSON with keys category (one of {', '.join(CATEGORIES)}), "
    f"priority (one of {', '.join(PRIORITIES)}), sentiment (-1..1) and reasons (list of short strings)."
)

SUMMARY_SYSTEM = (
    "Summarise the support conversation for the next agent. Keep it under 120 words. "
    "List open questions and any promises made to the customer."
)

REPLY_SYSTEM = (
    "You draft replies for support agents. Be concise, friendly and concrete. "
    "Never promise refunds or timelines. If unsure, ask a clarifying question."
)

LANGUAGE_PROMPT = "Reply with only the ISO 639-1 code of the language of this text:\n\n{text}"


def classify_user_prompt(subject: str, body: str) -> str:
    return f"Subject: {subject or '(none)'}\n\n{body}"


def reply_user_prompt(summary: str | None, message: str, kb_snippets: list[str]) -> str:
    kb = "\n---\n".join(kb_snippets) if kb_snippets else "(no articles found)"
    return (
        f"Conversation summary:\n{summary or '(new conversation)'}\n\n"
        f"Latest customer message:\n{message}\n\n"
        f"Relevant help-center articles:\n{kb}\n\nDraft the reply."
    )
