"""Draft MOP change plans with Claude."""

import logging

from nautobot_ai.app_settings import get_setting
from nautobot_ai.llm.prompts import CHANGE_PLAN_SYSTEM, render_device_context, render_inventory
from nautobot_ai.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class ChangePlanner:
    def __init__(self, client, model=None, max_tokens=4096):
        # client is an anthropic.Anthropic (or AsyncAnthropic for draft_async)
        self.client = client
        self.model = model or get_setting("anthropic_model")
        self.max_tokens = max_tokens

    def _prompt(self, device, request, interfaces):
        return (
            f"{render_device_context(device)}\n\nInterfaces:\n{render_inventory(interfaces)}\n\n"
            f"Requested change:\n{request}"
        )

    def draft(self, device, request, interfaces):
        message = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=CHANGE_PLAN_SYSTEM,
            messages=[{"role": "user", "content": self._prompt(device, request, interfaces)}],
        )
        logger.info("change plan for %s: %s in / %s out", device, message.usage.input_tokens, message.usage.output_tokens)
        return message.content[0].text

    def draft_streaming(self, device, request, interfaces, on_text):
        """Long plans time out the job UI; stream and push partial text to the job log."""
        with self.client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=CHANGE_PLAN_SYSTEM,
            messages=[{"role": "user", "content": self._prompt(device, request, interfaces)}],
        ) as stream:
            for text in stream.text_stream:
                on_text(text)
            final = stream.get_final_message()
        return final.content[0].text

    async def draft_async(self, device, request, interfaces):
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=self.model, feature_context="change_plan"
        ) as usage_log:
            message = await self.client.messages.create(
                model=self.model,
                max_tokens=self.max_tokens,
                system=CHANGE_PLAN_SYSTEM,
                messages=[{"role": "user", "content": self._prompt(device, request, interfaces)}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return message.content[0].text


def plan_to_markdown(device, plan_text):
    return f"# Change plan: {device.name}\n\n{plan_text}\n"
