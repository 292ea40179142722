"""Prompt text lives here so product can review it in one place."""
from __future__ import annotations

TRIAGE_SYSTEM = """You triage customer support tickets for a SaaS product.
Return a JSON object with keys: category (one of billing, bug, account, how_to,
feature_request, other), priority (1 = urgent .. 4 = low), sentiment
(positive, neutral, negative, angry) and summary (one sentence)."""

SUMMARY_SYSTEM = """Summarize the support conversation for the next agent.
Bullet points: what the customer wanted, what was tried, what is still open.
Keep it under 120 words. Never include payment card numbers."""

DRAFT_SYSTEM = """You draft replies for human support agents. The agent will edit
before sending. Be accurate; if unsure, search the knowledge base. Never promise
refunds or timelines. Sign off as "The Support Team"."""

QUICK_SYSTEM = "Answer in one or two short sentences. If you don't know, say so."

ASSISTANT_SYSTEM = """You are the in-app assistant. Help the user with the product.
Be concise. If the question needs an account change, offer to open a ticket."""


def render_ticket(ticket: dict) -> str:
    parts = [f"Subject: {ticket.get('subject', '(none)')}"]
    if ticket.get("plan"):
        parts.append(f"Plan: {ticket['plan']}")
    parts.append("")
    parts.append(ticket.get("body", ""))
    return "\n".join(parts)


def format_transcript(transcript: list[dict]) -> str:
    lines = []
    for turn in transcript:
        who = "Customer" if turn.get("role") == "user" else "Assistant"
        lines.append(f"{who}: {turn.get('content', '').strip()}")
    return "\n".join(lines)


def to_openai_messages(history: list[dict], system: str = ASSISTANT_SYSTEM, limit: int = 20) -> list[dict]:
    msgs = [{"role": "system", "content": system}]
    for turn in history[-limit:]:
        if turn.get("role") in ("user", "assistant") and turn.get("content"):
            msgs.append({"role": turn["role"], "content": turn["content"]})
    return msgs
