"""Product digests via Bedrock (Claude on Bedrock, converse API)."""
from __future__ import annotations

import logging
from typing import Iterable

from app.enrich.prompts import SUMMARY_SYSTEM
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


def _format_reviews(reviews: Iterable[dict]) -> str:
    lines = []
    for r in reviews:
        lines.append(f"- ({r.get('rating', '?')}/5) {r.get('text', '')[:400]}")
    return "\n".join(lines)


class DigestWriter:
    def __init__(self, bedrock, model_id: str, max_tokens: int = 300) -> None:
        self.bedrock = bedrock
        self.model_id = model_id
        self.max_tokens = max_tokens

    def write(self, product_id: str, reviews: list[dict]) -> str:
        response = self.bedrock.converse(
            modelId=self.model_id,
            system=[{"text": SUMMARY_SYSTEM}],
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"text": f"Product {product_id}. Recent reviews:\n{_format_reviews(reviews)}"}
                    ],
                }
            ],
            inferenceConfig={"maxTokens": self.max_tokens, "temperature": 0.2},
        )
        return response["output"]["message"]["content"][0]["text"]

    def write_streaming(self, product_id: str, reviews: list[dict]) -> str:
        """Streaming variant; used by the ops dashboard preview."""
        stream = self.bedrock.converse_stream(
            modelId=self.model_id,
            system=[{"text": SUMMARY_SYSTEM}],
            messages=[
                {"role": "user", "content": [{"text": _format_reviews(reviews)}]}
            ],
            inferenceConfig={"maxTokens": self.max_tokens},
        )
        chunks: list[str] = []
        for event in stream["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                chunks.append(delta["text"])
        return "".join(chunks)

    async def write_tracked(self, product_id: str, reviews: list[dict]) -> str:
        async with llm_tracker.track_llm_call(
            provider="bedrock", model=self.model_id, feature_context="product_digest"
        ) as usage_log:
            response = self.bedrock.converse(
                modelId=self.model_id,
                system=[{"text": SUMMARY_SYSTEM}],
                messages=[{"role": "user", "content": [{"text": _format_reviews(reviews)}]}],
                inferenceConfig={"maxTokens": self.max_tokens},
            )
            usage_log.input_tokens = response["usage"]["inputTokens"]
            usage_log.output_tokens = response["usage"]["outputTokens"]
        return response["output"]["message"]["content"][0]["text"]
