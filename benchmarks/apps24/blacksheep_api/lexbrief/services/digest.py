"""Weekly matter digests e-mailed to the responsible partner."""
from __future__ import annotations

import json
import logging
from datetime import date

from google.genai import types

from lexbrief.clients import ProviderClients, get_gemini
from lexbrief.repositories import MatterRepository

log = logging.getLogger(__name__)

DIGEST_MODEL = "gemini-2.5-pro"
FALLBACK_MODEL = "claude-3-5-haiku-latest"


class DigestTemplate:
    """Renders the e-mail body. Not an LLM thing despite the method name."""

    def __init__(self, header: str = "LexBrief weekly digest") -> None:
        self.header = header

    def generate(self, matter_name: str, body: str) -> str:
        return f"{self.header} — {matter_name} — {date.today():%d %b %Y}\n\n{body}\n"


class DigestService:
    def __init__(self, clients: ProviderClients, matters: MatterRepository) -> None:
        self.clients = clients
        self.matters = matters
        self.template = DigestTemplate()

    async def build(self, matter_id: str) -> str:
        matter = await self.matters.get(matter_id)
        events = await self.matters.recent_activity(matter_id)
        if matter is None or not events:
            return ""
        activity = json.dumps(events, default=str)[:200_000]
        try:
            resp = await get_gemini().aio.models.generate_content(
                model=DIGEST_MODEL,
                contents=[f"Matter: {matter.name} (client {matter.client_name})", activity],
                config=types.GenerateContentConfig(
                    system_instruction="Write a weekly status digest for the supervising partner.",
                    temperature=0.3,
                ),
            )
            body = resp.text or ""
        except Exception:
            log.exception("gemini digest failed for %s, using haiku", matter_id)
            msg = await self.clients.anthropic.messages.create(
                model=FALLBACK_MODEL,
                max_tokens=1500,
                messages=[{"role": "user", "content": f"Weekly status digest for matter {matter.name}:\n{activity[:50_000]}"}],
            )
            body = msg.content[0].text
        return self.template.generate(matter.name, body)
