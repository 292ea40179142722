"""legacy_gpt skill (deprecated)."""
import asyncio
import logging

from opsdroid.matchers import match_regex
from opsdroid.skill import Skill

from .gpt_helper import gpt, status_page, tldr

_LOGGER = logging.getLogger(__name__)


class LegacyGPTSkill(Skill):
    def __init__(self, opsdroid, config):
        super().__init__(opsdroid, config)
        self.api_key = config.get("openai_api_key")

    @match_regex(r"^gpt (?P<prompt>.+)$")
    async def gpt(self, message):
        prompt = message.entities["prompt"]["value"]
        answer = await asyncio.to_thread(gpt, prompt)
        await message.respond(answer + "\n_(deprecated: use `ask` instead)_")

    @match_regex(r"^tldr$")
    async def tldr(self, message):
        history = await self.opsdroid.memory.get(f"last_paste.{message.user}")
        if not history:
            await message.respond("Paste something first.")
            return
        await message.respond(await asyncio.to_thread(tldr, history, self.api_key))

    @match_regex(r"^openai status$")
    async def status(self, message):
        await message.respond(await asyncio.to_thread(status_page))
