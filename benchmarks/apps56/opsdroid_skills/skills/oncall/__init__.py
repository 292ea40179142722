"""oncall skill: shift handoff notes."""
import asyncio
import concurrent.futures
import logging

import litellm
from opsdroid.matchers import match_crontab, match_regex
from opsdroid.skill import Skill

from skills.common import llm_tracker
from skills.common.config import setting
from skills.common.prompts import HANDOFF, render

from .pagerduty import PagerDuty

_LOGGER = logging.getLogger(__name__)

_EXECUTOR = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="handoff")
MAX_PROMPT_TOKENS = 12_000


class OncallSkill(Skill):
    def __init__(self, opsdroid, config):
        super().__init__(opsdroid, config)
        self.model = config.get("litellm_model", "gpt-4o-mini")
        self.pagerduty = PagerDuty(setting(config, "pagerduty_token", required=True))
        self.schedule_id = config.get("schedule_id", "PXXXXXX")

    def _messages(self, incidents):
        return [
            {"role": "system", "content": "You are writing for the next on-call engineer. Be brief."},
            {"role": "user", "content": render(HANDOFF, incidents=incidents)},
        ]

    async def _handoff_text(self, incidents):
        messages = self._messages(incidents)
        if litellm.token_counter(model=self.model, messages=messages) > MAX_PROMPT_TOKENS:
            messages = self._messages(incidents[-40:])
        async with llm_tracker.track_llm_call(
            provider="litellm", model=self.model, feature_context="oncall_handoff"
        ) as usage_log:
            response = await litellm.acompletion(model=self.model, messages=messages, temperature=0.3)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        _LOGGER.info("handoff cost $%.4f", litellm.completion_cost(completion_response=response))
        return response.choices[0].message.content

    @match_crontab("0 9,21 * * *", timezone="Europe/London")
    async def shift_change(self, event):
        incidents = await self.pagerduty.incidents_since(hours=12)
        text = await self._handoff_text(incidents)
        who = await self.pagerduty.current_oncall(self.schedule_id)
        await self.opsdroid.send(
            self._message(f"*Handoff to {who or 'next on-call'}*\n{text}")
        )

    def _message(self, text):
        from opsdroid.events import Message

        connector = self.opsdroid.default_connector
        return Message(text=text, target=self.config.get("room", "#oncall"), connector=connector)

    @match_regex(r"^handoff( (?P<hours>\d+)h)?$", case_sensitive=False)
    async def handoff_now(self, message):
        hours = int((message.entities.get("hours") or {}).get("value") or 12)
        incidents = await self.pagerduty.incidents_since(hours=hours)
        await message.respond(await self._handoff_text(incidents))

    @match_regex(r"^quick handoff$", case_sensitive=False)
    async def quick_handoff(self, message):
        """Cheap variant without tracking; someone wanted it 'fast' (TODO: route through service)."""
        incidents = await self.pagerduty.incidents_since(hours=12)
        future = _EXECUTOR.submit(
            litellm.completion,
            model="gpt-4o-mini",
            messages=self._messages(incidents[-20:]),
            max_tokens=300,
        )
        response = await asyncio.wrap_future(future)
        await message.respond(response.choices[0].message.content)
