from __future__ import annotations

import json
from typing import Any

from openai import AsyncOpenAI

from workers.schemas import ClassifiedRecord, RawRecord
from workers.services.llm_usage_tracker import llm_tracker
from workers.services.multi_model_service import TaskComplexity, multi_model_service
from workers.settings import settings


class EnrichmentService:
    """Wraps the OpenAI client for record enrichment."""

    def __init__(self, client: AsyncOpenAI, model: str | None = None) -> None:
        self._client = client
        self._model = model or settings.llm.classify_model

    async def enrich(self, record: RawRecord) -> ClassifiedRecord:
        category, confidence = await self._classify(record.payload)
        return ClassifiedRecord(**record.model_dump(), category=category, confidence=confidence, model=self._model)

    async def _classify(self, payload: dict[str, Any]) -> tuple[str, float]:
        async with llm_tracker.track_llm_call(
            provider="openai", model=self._model, feature_context="record_enrichment"
        ) as usage_log:
            resp = await self._client.chat.completions.create(
                model=self._model,
                response_format={"type": "json_object"},
                messages=[{"role": "user", "content": f"Classify: {json.dumps(payload, default=str)}"}],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        data = json.loads(resp.choices[0].message.content or "{}")
        return data.get("category", "other"), float(data.get("confidence", 0))

    async def describe_columns(self, columns: list[str]) -> dict[str, str]:
        completion = await self._client.chat.completions.parse(
            model=self._model,
            messages=[
                {"role": "system", "content": "Give a one-line business description per column."},
                {"role": "user", "content": "\n".join(columns)},
            ],
            response_format=_ColumnDescriptions,
        )
        parsed = completion.choices[0].message.parsed
        return dict(parsed.items) if parsed else {}

    async def explain(self, record: RawRecord) -> str:
        return await multi_model_service.generate_response(
            prompt=f"Explain this row for an analyst: {record.payload}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            feature_context="record_explain",
        )

    async def available_models(self) -> list[str]:
        page = await self._client.models.list()
        return [m.id for m in page.data]


from pydantic import BaseModel  # noqa: E402  (kept near the only user)


class _ColumnDescriptions(BaseModel):
    items: list[tuple[str, str]]
