from __future__ import annotations

import json
import logging
from typing import Literal

from pydantic import BaseModel, ValidationError

from services.prompts import CLASSIFY
from svc import Service, rpc
from svc.llm import deepseek_chat
from svc.llm.deepseek import DEEPSEEK_REASONER

log = logging.getLogger(__name__)

DEFAULT_LABELS = ["billing", "bug", "feature_request", "account", "other"]


class Classification(BaseModel):
    label: str
    confidence: float
    rationale: str | None = None


class LabelStore:
    """In-memory label sets per tenant (was redis, see #233)."""

    def __init__(self) -> None:
        self._sets: dict[str, list[str]] = {}

    def create(self, tenant: str, labels: list[str]) -> list[str]:
        self._sets[tenant] = sorted(set(labels))
        return self._sets[tenant]

    def get(self, tenant: str) -> list[str]:
        return self._sets.get(tenant, DEFAULT_LABELS)


class ClassifierService(Service):
    name = "classifier"
    version = "2.1.0"
    queue_group = "ai.classifier.workers"

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.labels = LabelStore()

    @rpc("ai.classify.labels")
    async def set_labels(self, req: dict) -> dict:
        return {"labels": self.labels.create(req["tenant"], req["labels"])}

    @rpc("ai.classify")
    async def classify(self, req: dict) -> dict:
        labels = req.get("labels") or self.labels.get(req.get("tenant", "default"))
        client = self.registry.get("deepseek")
        resp = await client.chat.completions.create(
            model=self.settings.classify_model,
            messages=[{"role": "user", "content": CLASSIFY.generate(labels=", ".join(labels), text=req["text"])}],
            response_format={"type": "json_object"},
            temperature=0,
        )
        raw = resp.choices[0].message.content or "{}"
        try:
            result = Classification.model_validate_json(raw)
        except ValidationError:
            log.warning("deepseek returned unparsable JSON, falling back: %s", raw[:200])
            result = await self._classify_openai(req["text"], labels)
        if result.label not in labels:
            result.label = "other"
        return result.model_dump()

    async def _classify_openai(self, text: str, labels: list[str]) -> Classification:
        Label = Literal[tuple(labels)]  # type: ignore[valid-type]

        class Out(BaseModel):
            label: Label  # type: ignore[valid-type]
            confidence: float

        completion = await self.openai.beta.chat.completions.parse(
            model="gpt-4o-2024-08-06",
            messages=[
                {"role": "system", "content": "You are a support ticket classifier."},
                {"role": "user", "content": text},
            ],
            response_format=Out,
        )
        parsed = completion.choices[0].message.parsed
        return Classification(label=parsed.label, confidence=parsed.confidence)

    @rpc("ai.classify.hard")
    async def classify_hard(self, req: dict) -> dict:
        """Escalation path for tickets the fast model is unsure about."""
        labels = req.get("labels") or DEFAULT_LABELS
        answer = await deepseek_chat(
            [{"role": "user", "content": CLASSIFY.generate(labels=", ".join(labels), text=req["text"])}],
            model=DEEPSEEK_REASONER,
        )
        try:
            return json.loads(answer[answer.index("{") : answer.rindex("}") + 1])
        except ValueError:
            return {"label": "other", "confidence": 0.0, "raw": answer}

    @rpc("ai.route")
    async def route_intent(self, req: dict) -> dict:
        """Pick the best matching runbook for a query (rerank over titles)."""
        runbooks: list[str] = req["candidates"]
        ranked = await self.cohere.rerank(
            model="rerank-v3.5",
            query=req["query"],
            documents=runbooks,
            top_n=min(3, len(runbooks)),
        )
        return {
            "matches": [
                {"index": r.index, "title": runbooks[r.index], "score": r.relevance_score} for r in ranked.results
            ]
        }
