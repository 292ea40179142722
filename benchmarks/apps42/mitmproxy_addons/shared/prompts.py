"""Prompt helpers shared by the addons."""
from __future__ import annotations

import json
import textwrap
from typing import Iterable

CLASSIFY_SYSTEM = textwrap.dedent("""\
    You are a security analyst reviewing HTTP traffic captured by a proxy.
    Classify the exchange and list any sensitive values (secrets, tokens,
    personal data) that appear in it.  Answer with JSON only:
    {"category": str, "risk": "low"|"medium"|"high", "sensitive": [str]}
""")

SUMMARY_SYSTEM = textwrap.dedent("""\
    You summarise captured API sessions for engineers.  Describe what the
    client was trying to do, which endpoints were involved, error patterns
    and anything that looks like a bug.  Be concise; use bullet points.
""")

EXPLAIN_SYSTEM = "Explain this HTTP exchange to a developer in plain English. Keep it under 200 words."

LABELS = ("auth", "telemetry", "payments", "content", "api", "static", "unknown")


def build_classification_prompt(exchange_text: str, *, max_chars: int = 12_000) -> list[dict]:
    if len(exchange_text) > max_chars:
        exchange_text = exchange_text[:max_chars] + "\n[... truncated ...]"
    return [
        {"role": "system", "content": CLASSIFY_SYSTEM},
        {"role": "user", "content": f"Allowed categories: {', '.join(LABELS)}\n\n{exchange_text}"},
    ]


def build_summary_prompt(session_lines: Iterable[str], host: str) -> str:
    body = "\n".join(session_lines)
    return f"Host: {host}\n\nRequests in capture order:\n{body}"


def build_explain_messages(exchange_text: str) -> list[dict]:
    return [
        {"role": "system", "content": EXPLAIN_SYSTEM},
        {"role": "user", "content": exchange_text},
    ]


def parse_json_answer(text: str) -> dict:
    """Models love to wrap JSON in fences."""
    text = text.strip()
    if text.startswith("```"):
        text = text.strip("`")
        if text.startswith("json"):
            text = text[4:]
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return {"category": "unknown", "risk": "low", "sensitive": [], "raw": text}
