"""Document summarization.

``summarize_document`` takes the Anthropic client as a parameter so the SQS
worker can pass the Bedrock-backed client and the API route the direct one.
"""
import logging

from chalicelib import prompts
from chalicelib.clients import anthropic_client
from chalicelib.config import settings
from chalicelib.services.llm_usage_tracker import llm_tracker
from chalicelib.utils import truncate

logger = logging.getLogger(__name__)


def summarize_document(text: str, client, model: str | None = None, n_bullets: int = 5) -> dict:
    msg = client.messages.create(
        model=model or settings.anthropic_model,
        max_tokens=600,
        system=prompts.SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": prompts.summary_prompt(truncate(text), n_bullets)}],
    )
    summary = msg.content[0].text
    return {
        "summary": summary,
        "bullets": [line.lstrip("-• ").strip() for line in summary.splitlines() if line.strip()],
        "usage": {"input": msg.usage.input_tokens, "output": msg.usage.output_tokens},
    }


async def summarize_tracked(text: str, feature_context: str = "summarize_api") -> dict:
    """Same as summarize_document but recorded in the usage table."""
    model = settings.anthropic_model
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context=feature_context
    ) as usage_log:
        msg = anthropic_client.messages.create(
            model=model,
            max_tokens=600,
            system=prompts.SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": prompts.summary_prompt(truncate(text))}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return {"summary": msg.content[0].text}


def summary_length_ok(summary: dict, max_bullets: int = 8) -> bool:
    return 0 < len(summary.get("bullets", [])) <= max_bullets
