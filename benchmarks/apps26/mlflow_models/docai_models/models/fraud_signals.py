"""SIU fraud-signal extraction. Async internally so we can fan out across claim documents.

This was the first model moved onto the tracked path; the narrative step still calls
Claude directly (DOCAI-533).
"""
from __future__ import annotations

import asyncio
import json
import logging

import pandas as pd
from mlflow.pyfunc import PythonModel

from docai_models.config import load_model_config
from docai_models.providers import build_async_anthropic
from docai_models.services.llm_usage_tracker import llm_tracker
from docai_models.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

SIGNAL_PROMPT = """List potential fraud indicators in this claim document as a JSON array of
objects {{"indicator": str, "evidence": str, "weight": 1-5}}. Empty array if none.

{doc}"""


class FraudSignalsModel(PythonModel):
    def load_context(self, context):
        self.cfg = context.model_config or {}
        settings = load_model_config(self.cfg)["anthropic"]
        self.claude = build_async_anthropic(settings)
        self.narrative_model = settings.model

    async def _signals_for_doc(self, doc: str) -> list[dict]:
        raw = await multi_model_service.generate_response(
            prompt=SIGNAL_PROMPT.format(doc=doc[:30000]),
            task_type="siu_fraud_signals",
            complexity=TaskComplexity.STANDARD,
            response_format={"type": "json_object"},
        )
        try:
            parsed = json.loads(raw)
        except json.JSONDecodeError:
            return []
        return parsed if isinstance(parsed, list) else parsed.get("indicators", [])

    async def _score_with_tracking(self, signals: list[dict]) -> str:
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=self.narrative_model, feature_context="siu_score"
        ) as usage_log:
            msg = await self.claude.messages.create(
                model=self.narrative_model,
                max_tokens=50,
                messages=[{"role": "user", "content": "Overall fraud risk low/medium/high for: " + json.dumps(signals)}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text.strip().lower()

    async def _narrative(self, claim_id: str, signals: list[dict]) -> str:
        msg = await self.claude.messages.create(
            model=self.narrative_model,
            max_tokens=800,
            system="You write concise SIU referral narratives. No speculation beyond the evidence.",
            messages=[{"role": "user", "content": f"Claim {claim_id} signals:\n{json.dumps(signals, indent=2)}"}],
        )
        return msg.content[0].text

    async def _run(self, frame: pd.DataFrame, params: dict) -> list[dict]:
        out = []
        for claim_id, group in frame.groupby("claim_id"):
            per_doc = await asyncio.gather(*(self._signals_for_doc(d) for d in group["document_text"]))
            signals = [s for doc_signals in per_doc for s in doc_signals]
            risk = await self._score_with_tracking(signals) if signals else "low"
            narrative = await self._narrative(claim_id, signals) if params.get("narrative") and signals else None
            out.append({"claim_id": claim_id, "signals": signals, "risk": risk, "narrative": narrative})
        return out

    def predict(self, context, model_input, params=None):
        return pd.DataFrame(asyncio.run(self._run(model_input, params or {})))
