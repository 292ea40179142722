"""Blocks prompts that the moderation endpoint flags."""
from __future__ import annotations

import asyncio

from ptk_repl.ui import printing

from . import Plugin


class SafetyPlugin(Plugin):
    name = "safety"

    def __init__(self, state, client):
        super().__init__(state)
        self.client = client

    async def before_send(self, text: str) -> str | None:
        result = await self.client.moderations.create(model="omni-moderation-latest", input=text)
        flagged = result.results[0]
        if flagged.flagged:
            cats = [k for k, v in flagged.categories.model_dump().items() if v]
            printing.error(f"blocked by moderation ({', '.join(cats)})")
            return None
        return text


def setup(state):
    return SafetyPlugin(state, state.clients.async_openai)


def check_sync(text: str) -> bool:
    """Used by the scripts; returns True when the text is OK."""
    from ptk_repl.providers.factory import get_openai_client

    return not asyncio.run(_check(get_openai_client(), text))


async def _check(client, text):
    return client.moderations.create(input=text).results[0].flagged
