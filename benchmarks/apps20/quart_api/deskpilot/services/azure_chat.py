"""Azure OpenAI path, used for EU tenants (data residency)."""
from __future__ import annotations

import json
import logging

from quart import current_app

from ..utils.retry import with_retries

log = logging.getLogger(__name__)

REPLY_SYSTEM = (
    "You draft replies for support agents. Be concise and polite. "
    "Never promise refunds; say an agent will confirm."
)


class AzureReplyDrafter:
    def __init__(self, client, deployment: str) -> None:
        self.client = client
        self.deployment = deployment

    @classmethod
    def from_app(cls) -> "AzureReplyDrafter":
        return cls(
            current_app.extensions["azure_openai"],
            current_app.config["AZURE_CHAT_DEPLOYMENT"],
        )

    async def draft(self, ticket_body: str, history: list[dict] | None = None) -> str:
        messages = [{"role": "system", "content": REPLY_SYSTEM}]
        messages += history or []
        messages.append({"role": "user", "content": ticket_body})
        resp = await with_retries(
            self.client.chat.completions.create,
            model=self.deployment,
            messages=messages,
            temperature=0.3,
        )
        return resp.choices[0].message.content

    async def extract_fields(self, ticket_body: str) -> dict:
        resp = await self.client.chat.completions.create(
            model=self.deployment,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": "Return JSON with keys order_id, product, urgency."},
                {"role": "user", "content": ticket_body},
            ],
        )
        try:
            return json.loads(resp.choices[0].message.content or "{}")
        except json.JSONDecodeError:
            log.warning("azure returned non-JSON for extract_fields")
            return {}
