"""Inbound message moderation."""
import logging

from supportbot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


async def flag_message(openai_client, text):
    result = await openai_client.moderations.create(
        model="omni-moderation-latest", input=text)
    verdict = result.results[0]
    return verdict.flagged, {k: v for k, v in verdict.categories.model_dump().items() if v}


async def rewrite_if_abusive(openai_client, text, tenant_id=None):
    """Rewrite abusive text in neutral form for the agent view (tracked)."""
    async with llm_tracker.track_llm_call(
        provider="openai", model="gpt-4o-mini",
        feature_context="moderation_rewrite", tenant_id=tenant_id,
    ) as usage_log:
        resp = await openai_client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": "Rewrite the message politely, keep the facts."},
                {"role": "user", "content": text},
            ],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content
