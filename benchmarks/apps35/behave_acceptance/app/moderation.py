"""Content safety checks on user input and model output."""
from __future__ import annotations

import logging

from app.clients import get_openai_client
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

BLOCKED_CATEGORIES = {"self-harm", "violence/graphic", "sexual/minors", "hate/threatening"}


class ModerationGate:
    def __init__(self, client=None):
        self.client = client or get_openai_client()

    def check(self, text: str) -> tuple[bool, list[str]]:
        result = self.client.moderations.create(model="omni-moderation-latest", input=text)
        flagged = result.results[0]
        categories = [
            name.replace("_", "/") for name, hit in flagged.categories.model_dump().items() if hit
        ]
        blocked = bool(set(categories) & BLOCKED_CATEGORIES)
        if blocked:
            logger.info("moderation blocked: %s", categories)
        return not blocked, categories


async def rewrite_safely(text: str, model: str = "gpt-4o-mini") -> str:
    """Softens a flagged reply. Legacy async path wrapped with the tracker."""
    from app.clients import get_async_openai_client

    client = get_async_openai_client()
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="moderation_rewrite"
    ) as usage_log:
        response = await client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": "Rewrite the text so it is polite and policy compliant."},
                {"role": "user", "content": text},
            ],
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content
