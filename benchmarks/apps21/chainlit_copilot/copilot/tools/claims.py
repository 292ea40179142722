"""Claim summaries for agents about to call an insured."""
from __future__ import annotations

import json
import logging
from typing import Any

from anthropic import AsyncAnthropic

from copilot.config import settings
from copilot.prompts import CLAIM_SUMMARY_PROMPT
from copilot.tools.policy_lookup import PolicyAdminClient

log = logging.getLogger(__name__)

# fields adjusters asked us to drop before the model sees the file
_REDACT = {"ssn", "dob", "bank_account", "medical_notes"}


def _redact(claim: dict[str, Any]) -> dict[str, Any]:
    return {k: ("[redacted]" if k in _REDACT else v) for k, v in claim.items()}


async def summarize_claim(claim_id: str, admin: PolicyAdminClient, client: AsyncAnthropic) -> str:
    claim = _redact(await admin.get_claim(claim_id))
    message = await client.messages.create(
        model=settings.anthropic_model,
        max_tokens=700,
        messages=[
            {
                "role": "user",
                "content": CLAIM_SUMMARY_PROMPT.format(claim=json.dumps(claim, indent=2, default=str)),
            }
        ],
    )
    return "".join(block.text for block in message.content if block.type == "text")


async def claim_status_line(claim: dict[str, Any]) -> str:
    """Deterministic one-liner for the claim card; no model."""
    reserves = sum(r.get("amount", 0) for r in claim.get("reserves", []))
    return f"{claim['id']} - {claim['status']} - reserves ${reserves:,.0f} - adjuster {claim.get('adjuster', 'unassigned')}"
