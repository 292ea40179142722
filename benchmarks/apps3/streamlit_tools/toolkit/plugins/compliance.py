"""Regulatory claims check (health, finance and pricing claims)."""

from __future__ import annotations

import logging

from toolkit.config import settings
from toolkit.llm.llm_usage_tracker import llm_tracker
from toolkit.plugins.base import BasePlugin, PluginResult

logger = logging.getLogger(__name__)

MAX_INPUT_TOKENS = 6000

POLICY = """Flag any claim in the copy that would need legal review: guarantees, health benefits,
returns on investment, comparative pricing, or "free" offers with conditions.
Reply with JSON: {"summary": str, "suggestions": [str], "risk": "low"|"medium"|"high"}."""


class CompliancePlugin(BasePlugin):
    name = "compliance"
    label = "Claims & compliance"
    model = settings.claude_model

    def run(self, text: str) -> PluginResult:
        messages = [{"role": "user", "content": text}]
        counted = self.client.messages.count_tokens(model=self.model, system=POLICY, messages=messages)
        if counted.input_tokens > MAX_INPUT_TOKENS:
            logger.info("compliance input too long (%s tokens), truncating", counted.input_tokens)
            messages = [{"role": "user", "content": text[: MAX_INPUT_TOKENS * 3]}]

        with llm_tracker.track_llm_call(
            feature="plugin.compliance",
            tenant_id=settings.default_tenant,
            provider="anthropic",
            model=self.model,
        ) as usage_log:
            message = self.client.messages.create(
                model=self.model,
                max_tokens=800,
                system=POLICY,
                messages=messages,
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens

        data = self._parse_json(self._text(message))
        risk = data.get("risk", "low")
        return PluginResult(
            plugin=self.name,
            summary=data.get("summary", ""),
            score={"low": 1.0, "medium": 0.5, "high": 0.0}.get(risk),
            suggestions=data.get("suggestions", []),
            details={"risk": risk},
        )
