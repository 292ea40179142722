"""Follow-up e-mail drafts.

New path: ``draft_followup_tracked`` goes through multi_model_service.
Old path: ``FollowupDrafter`` talks to whichever provider the user picked in
the drop-down via the registry. TODO(mk): move the drafter onto the tracked
service once it supports per-call provider overrides.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from minutes_mate.services.clients import get_mistral_client
from minutes_mate.services.multi_model_service import TaskComplexity, multi_model_service
from minutes_mate.services.registry import registry
from minutes_mate.utils.prompts import FOLLOWUP_SYSTEM, followup_prompt

log = logging.getLogger(__name__)

TONES = ("neutral", "friendly", "formal", "brief")


@dataclass
class FollowupDraft:
    recipient: str
    subject: str
    body: str


class FollowupDrafter:
    def __init__(self, provider: str = "mistral", model: str | None = None):
        self.provider = provider
        self.model = model

    def draft(self, summary: str, recipient: str, tone: str = "neutral") -> FollowupDraft:
        adapter = registry.get(self.provider)
        text = adapter.complete(
            [
                {"role": "system", "content": FOLLOWUP_SYSTEM},
                {"role": "user", "content": followup_prompt(summary, recipient, tone)},
            ],
            model=self.model,
        )
        return parse_draft(text, recipient)

    def draft_all(self, summary: str, recipients: list[str], tone: str = "neutral") -> list[FollowupDraft]:
        return [self.draft(summary, r, tone) for r in recipients]


def parse_draft(text: str, recipient: str) -> FollowupDraft:
    subject, _, body = text.partition("\n")
    subject = subject.removeprefix("Subject:").strip() or "Follow-up"
    return FollowupDraft(recipient=recipient, subject=subject, body=body.strip())


async def draft_followup_tracked(summary: str, recipient: str, tone: str = "neutral") -> FollowupDraft:
    text = await multi_model_service.generate_response(
        prompt=followup_prompt(summary, recipient, tone),
        task_type="followup",
        complexity=TaskComplexity.STANDARD,
        system=FOLLOWUP_SYSTEM,
    )
    return parse_draft(text, recipient)


def stream_followup(summary: str, recipient: str, tone: str, on_delta) -> str:
    """Used by the follow-up window's live preview."""
    mistral = get_mistral_client()
    out: list[str] = []
    res = mistral.chat.stream(
        model="mistral-small-latest",
        messages=[
            {"role": "system", "content": FOLLOWUP_SYSTEM},
            {"role": "user", "content": followup_prompt(summary, recipient, tone)},
        ],
    )
    with res as events:
        for event in events:
            delta = event.data.choices[0].delta.content
            if delta:
                out.append(delta)
                on_delta(delta)
    return "".join(out)


def rewrite_subject(subject: str) -> str:
    client = get_mistral_client()
    resp = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Rewrite this e-mail subject to be clearer, max 8 words: {subject}"}],
        max_tokens=30,
    )
    return resp.choices[0].message.content.strip().strip('"')
