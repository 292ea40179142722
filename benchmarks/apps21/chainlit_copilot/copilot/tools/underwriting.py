"""Underwriting referral check on Bedrock (the guidelines may not leave our AWS account)."""
from __future__ import annotations

import json
import logging
from typing import Any

from copilot.config import settings
from copilot.prompts import UNDERWRITING_PROMPT

log = logging.getLogger(__name__)

GUARDRAIL_ID = "gr-copilot-uw-01"
GUARDRAIL_VERSION = "3"


class UnderwritingAdvisor:
    """Holds the bedrock-runtime client handed to it by the caller."""

    def __init__(self, runtime, model_id: str | None = None) -> None:
        self.runtime = runtime
        self.model_id = model_id or settings.bedrock_model

    def check(self, risk: dict[str, Any]) -> dict[str, Any]:
        result = self.runtime.converse(
            modelId=self.model_id,
            messages=[{"role": "user", "content": [{"text": UNDERWRITING_PROMPT.format(risk=json.dumps(risk))}]}],
            inferenceConfig={"maxTokens": 900, "temperature": 0.0},
            guardrailConfig={"guardrailIdentifier": GUARDRAIL_ID, "guardrailVersion": GUARDRAIL_VERSION},
        )
        text = result["output"]["message"]["content"][0]["text"]
        usage = result.get("usage", {})
        return {
            "advice": text,
            "needs_referral": "referral" in text.lower(),
            "tokens": usage.get("inputTokens", 0) + usage.get("outputTokens", 0),
        }
