"""Handlers used by the legacy consumer. Keep in sync with dataflow.operators (they drifted a bit)."""
from __future__ import annotations

import json
import logging
from typing import Callable

import httpx
from openai import AzureOpenAI

from enrichment.models import Classification, EnrichedRecord, InboundRecord
from enrichment.prompts import CLASSIFY_SYSTEM, REVIEW_CLASSIFY_SYSTEM
from enrichment.settings import get_settings

log = logging.getLogger(__name__)

Handler = Callable[[InboundRecord], EnrichedRecord]


class LegacyEnricher:
    """Holds the clients the legacy consumer was built with (Azure only, EU tenants)."""

    def __init__(self, azure: AzureOpenAI, bedrock, embed_client) -> None:
        self.azure = azure
        self.bedrock = bedrock
        self.embed_client = embed_client
        self.deployment = get_settings().azure_deployment

    def _classify(self, system: str, text: str) -> Classification:
        resp = self.azure.chat.completions.create(
            model=self.deployment,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": text}],
            temperature=0,
            response_format={"type": "json_object"},
        )
        data = json.loads(resp.choices[0].message.content or "{}")
        return Classification(
            category=data.get("category", "other"),
            priority=data.get("priority", "p3"),
            sentiment=data.get("sentiment", "neutral"),
        )

    def handle_ticket(self, rec: InboundRecord) -> EnrichedRecord:
        out = EnrichedRecord(record=rec, classification=self._classify(CLASSIFY_SYSTEM, rec.text))
        emb = self.azure.embeddings.create(model="text-embedding-3-small-eu", input=rec.text)
        out.embedding = emb.data[0].embedding
        return out

    def handle_review(self, rec: InboundRecord) -> EnrichedRecord:
        out = EnrichedRecord(record=rec, classification=self._classify(REVIEW_CLASSIFY_SYSTEM, rec.text))
        out.embedding = self.embed_client.embed([rec.text], model="voyage-3", input_type="document").embeddings[0]
        return out

    def handle_escalation(self, rec: InboundRecord) -> EnrichedRecord:
        body = json.dumps({
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 300,
            "messages": [{"role": "user", "content": f"Summarise for on-call:\n{rec.text}"}],
        })
        resp = self.bedrock.invoke_model(modelId=get_settings().bedrock_model_id, body=body)
        payload = json.loads(resp["body"].read())
        return EnrichedRecord(record=rec, summary=payload["content"][0]["text"])

    def registry(self) -> dict[str, Handler]:
        return {
            "ticket": self.handle_ticket,
            "review": self.handle_review,
            "escalation": self.handle_escalation,
        }


def gemini_rest_summary(text: str, api_key: str, model: str = "gemini-1.5-flash") -> str:
    """Old path from before we adopted google-genai; still used by handle_bulk_import."""
    url = f"https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"
    r = httpx.post(
        url,
        params={"key": api_key},
        json={"contents": [{"parts": [{"text": f"Summarise:\n{text[:6000]}"}]}]},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["candidates"][0]["content"]["parts"][0]["text"]


def notify_webhook(url: str, item: EnrichedRecord) -> None:
    """Posts enriched p1 tickets to the on-call webhook (not an LLM)."""
    httpx.post(url, content=item.to_json(), headers={"content-type": "application/json"}, timeout=5)
