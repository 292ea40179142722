"""Content moderation. OpenAI moderation for most tenants; Bedrock guardrails for EU residency."""
from __future__ import annotations

import logging

from enrichment.clients import get_bedrock, get_openai
from enrichment.settings import get_settings

log = logging.getLogger(__name__)

GUARDRAIL_ID = "enrich-support-guardrail"
GUARDRAIL_VERSION = "3"


def is_flagged(text: str) -> bool:
    result = get_openai().moderations.create(model="omni-moderation-latest", input=text[:8000])
    return any(r.flagged for r in result.results)


def is_flagged_guardrail(text: str) -> bool:
    resp = get_bedrock().apply_guardrail(
        guardrailIdentifier=GUARDRAIL_ID,
        guardrailVersion=GUARDRAIL_VERSION,
        source="INPUT",
        content=[{"text": {"text": text[:8000]}}],
    )
    action = resp.get("action", "NONE")
    if action != "NONE":
        log.info("guardrail intervened (%s) in region %s", action, get_settings().aws_region)
    return action == "GUARDRAIL_INTERVENED"
