"""Posts moderation alerts to Slack with a one-line model-written summary."""
from __future__ import annotations

import logging
import os

import httpx
from quixstreams.sinks import BatchingSink, SinkBatch

from app.enrich.clients import get_openai

logger = logging.getLogger(__name__)


class SlackAlertSink(BatchingSink):
    def __init__(self, channel: str, webhook_url: str | None = None, summarize: bool = True) -> None:
        super().__init__()
        self.channel = channel
        self.webhook_url = webhook_url or os.environ.get("SLACK_WEBHOOK_URL", "")
        self.summarize = summarize

    def _summary(self, texts: list[str]) -> str:
        joined = "\n---\n".join(t[:500] for t in texts[:20])
        response = get_openai().responses.create(
            model="gpt-4o-mini",
            instructions="Summarize why these reviews were blocked, in one sentence. No quotes.",
            input=joined,
            max_output_tokens=80,
        )
        return response.output_text

    def write(self, batch: SinkBatch) -> None:
        texts = [item.value.get("text", "") for item in batch]
        if not texts or not self.webhook_url:
            return
        header = f"{len(texts)} review(s) blocked by moderation"
        if self.summarize:
            try:
                header += f": {self._summary(texts)}"
            except Exception:  # noqa: BLE001
                logger.exception("alert summary failed")
        resp = httpx.post(self.webhook_url, json={"channel": self.channel, "text": header}, timeout=10)
        resp.raise_for_status()
