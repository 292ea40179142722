"""Turns a list of Alertmanager alerts into a short digest."""
import asyncio
import json
import logging

from skills.common.llm_usage_tracker import llm_tracker
from skills.common.prompts import ALERT_DIGEST, render

_LOGGER = logging.getLogger(__name__)

BEDROCK_FALLBACK_MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0"


class AlertSummarizer:
    """Holds the clients; constructed once by the skill."""

    def __init__(self, anthropic, runtime=None, model="claude-3-5-haiku-latest"):
        self.anthropic = anthropic
        self.runtime = runtime
        self.model = model

    async def digest(self, alerts):
        prompt = render(ALERT_DIGEST, alerts=alerts)
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=self.model, feature_context="alert_digest"
        ) as usage_log:
            response = await self.anthropic.messages.create(
                model=self.model,
                max_tokens=600,
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = response.usage.input_tokens
            usage_log.output_tokens = response.usage.output_tokens
        return response.content[0].text

    async def one_liner(self, alert):
        """Single alert from the webhook path; added in a hurry during the Q3 migration."""
        labels = alert.get("labels", {})
        msg = await self.anthropic.messages.create(
            model=self.model,
            max_tokens=120,
            system="One sentence, plain English, no preamble.",
            messages=[{"role": "user", "content": json.dumps(labels)}],
        )
        return msg.content[0].text.strip()

    async def digest_with_fallback(self, alerts):
        try:
            return await self.digest(alerts)
        except Exception:  # noqa: BLE001
            if self.runtime is None:
                raise
            _LOGGER.warning("anthropic unavailable, falling back to bedrock")
        body = json.dumps(
            {
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": 600,
                "messages": [{"role": "user", "content": render(ALERT_DIGEST, alerts=alerts)}],
            }
        )
        response = await asyncio.to_thread(
            self.runtime.invoke_model,
            modelId=BEDROCK_FALLBACK_MODEL,
            body=body,
        )
        payload = json.loads(response["body"].read())
        return payload["content"][0]["text"]
