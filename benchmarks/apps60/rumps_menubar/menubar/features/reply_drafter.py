"""Draft a reply to the message on the clipboard (email, Slack, iMessage)."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from menubar.llm import get_async_anthropic_client, get_openai_client
from menubar.llm.prompts import REPLY_SYSTEM
from menubar.services.llm_usage_tracker import llm_tracker
from menubar.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


@dataclass
class ReplyTemplate:
    name: str
    body: str

    def generate(self, **fields) -> str:
        """Fill a canned template. No model involved."""
        return self.body.format(**fields)


CANNED = {
    "ooo": ReplyTemplate("Out of office", "Hi {name}, I'm out until {date} and will reply then."),
    "thanks": ReplyTemplate("Thanks", "Thanks {name}, got it - will take a look today."),
}


class ReplyDrafter:
    def __init__(self, settings, signature: str = "Best"):
        self.settings = settings
        self.signature = signature
        self.aclient = get_async_anthropic_client()

    async def draft(self, incoming: str, instructions: str = "") -> str:
        system = REPLY_SYSTEM.format(tone=self.settings.tone, signature=self.signature)
        user = incoming if not instructions else f"{incoming}\n\n---\nMy notes: {instructions}"
        resp = await self.aclient.messages.create(
            model=self.settings.model_for("anthropic"),
            max_tokens=800,
            system=system,
            messages=[{"role": "user", "content": user}],
        )
        return resp.content[0].text.strip()

    async def draft_tracked(self, incoming: str, instructions: str = "") -> str:
        """Same as draft() but through the tracked service (the default since 0.6)."""
        system = REPLY_SYSTEM.format(tone=self.settings.tone, signature=self.signature)
        prompt = incoming if not instructions else f"{incoming}\n\nMy notes: {instructions}"
        return await multi_model_service.generate_response(
            prompt=prompt,
            task_type="reply_draft",
            complexity=TaskComplexity.SIMPLE,
            system=system,
        )

    async def short_variants(self, incoming: str, n: int = 3) -> list[str]:
        model = self.settings.model_for("openai")
        client = get_openai_client()
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="reply_variants"
        ) as usage_log:
            resp = client.chat.completions.create(
                model=model,
                n=n,
                temperature=0.9,
                max_tokens=120,
                messages=[
                    {"role": "system", "content": "Write a one-line reply. No sign-off."},
                    {"role": "user", "content": incoming},
                ],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return [c.message.content.strip() for c in resp.choices if c.message.content]

    def canned(self, key: str, **fields) -> str:
        return CANNED[key].generate(**fields)
