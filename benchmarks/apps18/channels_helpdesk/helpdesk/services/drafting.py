"""Reply drafting with a pluggable provider per team (settings-driven).

Support NL prefers Claude, the enterprise team likes GPT, the trial team is on Gemini.
"""
from __future__ import annotations

import logging
from abc import ABC, abstractmethod

from django.conf import settings
from google.genai import types

from helpdesk.clients import llm
from helpdesk.prompts import DRAFT_SYSTEM_PROMPT, ticket_transcript

logger = logging.getLogger("helpdesk.drafting")


class Drafter(ABC):
    name = "base"

    def __init__(self, client):
        self.client = client

    @abstractmethod
    def generate(self, ticket) -> str:
        """Return a draft reply for the ticket."""


class OpenAIDrafter(Drafter):
    name = "openai"

    def generate(self, ticket) -> str:
        resp = self.client.chat.completions.create(
            model=settings.HELPDESK_LLM["DEFAULT_CHAT_MODEL"],
            messages=[
                {"role": "system", "content": DRAFT_SYSTEM_PROMPT},
                {"role": "user", "content": ticket_transcript(ticket)},
            ],
            temperature=0.4,
        )
        return resp.choices[0].message.content or ""


class ClaudeDrafter(Drafter):
    name = "claude"

    def generate(self, ticket) -> str:
        msg = self.client.messages.create(
            model=settings.HELPDESK_LLM["CLAUDE_MODEL"],
            max_tokens=800,
            system=DRAFT_SYSTEM_PROMPT,
            messages=[{"role": "user", "content": ticket_transcript(ticket)}],
            temperature=0.4,
        )
        return msg.content[0].text


class GeminiDrafter(Drafter):
    name = "gemini"

    def generate(self, ticket) -> str:
        resp = self.client.models.generate_content(
            model=settings.HELPDESK_LLM["GEMINI_MODEL"],
            contents=ticket_transcript(ticket),
            config=types.GenerateContentConfig(system_instruction=DRAFT_SYSTEM_PROMPT, temperature=0.4),
        )
        return resp.text or ""


_REGISTRY = {
    "openai": lambda: OpenAIDrafter(llm.openai),
    "claude": lambda: ClaudeDrafter(llm.anthropic),
    "gemini": lambda: GeminiDrafter(llm.gemini),
}

TEAM_PROVIDER = getattr(settings, "HELPDESK_TEAM_DRAFTERS", {"nl": "claude", "enterprise": "openai"})


def get_drafter(team: str | None = None) -> Drafter:
    key = TEAM_PROVIDER.get(team or "", "openai")
    return _REGISTRY[key]()


def draft_reply(ticket, team: str | None = None) -> str:
    drafter = get_drafter(team)
    logger.info("drafting reply for #%s with %s", ticket.pk, drafter.name)
    return drafter.generate(ticket)
