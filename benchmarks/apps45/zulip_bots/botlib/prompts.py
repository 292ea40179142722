"""Prompt helpers shared by the bots."""
from __future__ import annotations

import textwrap
from typing import Any, Dict, Iterable, List

SYSTEM_DEFAULT = (
    "You are a helpful assistant living in Acme's Zulip. Answer concisely and use "
    "Zulip markdown. If you are not sure, say so."
)

DOCS_QA_SYSTEM = textwrap.dedent(
    """\
    You answer questions about Acme's internal handbook. Use only the excerpts
    provided. Cite excerpts as [1], [2] ... If the excerpts do not contain the
    answer, say that you could not find it and suggest who to ask.
    """
)

SUMMARY_SYSTEM = textwrap.dedent(
    """\
    Summarise the Zulip conversation below for someone who missed it.
    Give: a one-line TL;DR, the key decisions, open questions, and action items
    with owners (use @**Name** mentions). Keep it under 200 words.
    """
)

DRAFT_SYSTEM = textwrap.dedent(
    """\
    Draft a reply to the last message in the thread, in the voice of the user who
    asked. Be friendly and direct. Do not invent facts; leave TODO markers instead.
    """
)

TRIAGE_SYSTEM = textwrap.dedent(
    """\
    You are an SRE triage assistant. Classify the incident report into a severity
    (SEV1, SEV2, SEV3, SEV4) and a component. Reply as JSON with keys
    "severity", "component", "summary", "next_steps".
    """
)


def format_zulip_messages(messages: Iterable[Dict[str, Any]], limit_chars: int = 12000) -> str:
    lines: List[str] = []
    total = 0
    for msg in messages:
        line = f"{msg.get('sender_full_name', 'unknown')}: {msg.get('content', '').strip()}"
        total += len(line)
        if total > limit_chars:
            lines.append("[... earlier messages truncated ...]")
            break
        lines.append(line)
    return "\n".join(lines)


def number_excerpts(excerpts: List[str]) -> str:
    return "\n\n".join(f"[{i}] {text}" for i, text in enumerate(excerpts, start=1))


def chat_messages(user: str, system: str = SYSTEM_DEFAULT, history: List[Dict[str, str]] | None = None) -> List[Dict[str, str]]:
    """OpenAI-style message list."""
    msgs = [{"role": "system", "content": system}]
    if history:
        msgs.extend(history)
    msgs.append({"role": "user", "content": user})
    return msgs


def bedrock_messages(user: str) -> List[Dict[str, Any]]:
    """Bedrock Converse-style message list."""
    return [{"role": "user", "content": [{"text": user}]}]


def strip_bot_mention(content: str, bot_name: str) -> str:
    mention = f"@**{bot_name}**"
    return content.replace(mention, "").strip()
