from __future__ import annotations

import logging

from netbox.plugins import get_plugin_config

from ..llm import get_azure_client, get_openrouter_client

logger = logging.getLogger("netbox.plugins.netbox_ai_assist.runbook")


class RunbookWriter:
    """Drafts runbooks for a device role. Azure for drafting, OpenRouter for a cheap second opinion."""

    def __init__(self):
        self.azure = get_azure_client()
        self.router = get_openrouter_client()
        self.deployment = get_plugin_config("netbox_ai_assist", "azure_deployment")

    def draft(self, role_name: str, inventory: str) -> str:
        response = self.azure.responses.create(
            model=self.deployment,
            instructions="Write an operational runbook in Markdown.",
            input=f"Device role: {role_name}\nInventory:\n{inventory}",
        )
        return response.output_text

    def critique(self, runbook: str) -> str:
        raw = self.router.chat.completions.with_raw_response.create(
            model=get_plugin_config("netbox_ai_assist", "openrouter_model"),
            messages=[{"role": "user", "content": f"Critique this runbook briefly:\n\n{runbook}"}],
        )
        logger.debug("openrouter request id %s", raw.headers.get("x-request-id"))
        return raw.parse().choices[0].message.content
