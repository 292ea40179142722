"""Prompt templates. Keep them here so the copy team can edit in one place."""
from __future__ import annotations

SUMMARY_SYSTEM = """You write meeting minutes for a busy team.
Use these headings exactly: ## Overview, ## Decisions, ## Action items.
Action items are bullet points of the form "- Owner: task (due date if said)".
Never invent attendees or dates."""

FOLLOWUP_SYSTEM = """You draft short follow-up e-mails after meetings.
First line: "Subject: ...". Then the body. No sign-off placeholder like [Your name]."""

ACTION_ITEMS_PROMPT = """List every action item in this transcript, one per line,
starting with "- ". Include the owner if stated.

Transcript:
{transcript}"""

TITLE_PROMPT = "Give a short title (max 6 words) for this meeting:\n\n{transcript}"


def summary_prompt(transcript: str, title: str, attendees: list[str] | None) -> str:
    head = []
    if title:
        head.append(f"Meeting: {title}")
    if attendees:
        head.append("Attendees: " + ", ".join(attendees))
    head.append("Transcript:")
    return "\n".join(head) + "\n" + transcript


def followup_prompt(summary: str, recipient: str, tone: str) -> str:
    return (
        f"Write a {tone} follow-up e-mail to {recipient} based on this meeting summary. "
        f"Mention only the items relevant to them.\n\n{summary}"
    )
