"""Predictor on the OpenAI Responses API (reasoning models).

Async predict: KServe awaits coroutine predict() methods.
"""
from __future__ import annotations

from typing import Dict

from kserve_predictors.base import HostedLLMModel
from serving_common.clients import get_async_openai_client
from serving_common.retry import with_retries_async


class ReasoningPredictor(HostedLLMModel):
    provider = "openai"

    def load(self) -> bool:
        self._aclient = get_async_openai_client()
        self.model = self.model or "o4-mini"
        self.ready = True
        return True

    async def predict(self, payload, headers: Dict[str, str] = None):
        prompts = self.extract_prompts(payload)
        params = self.params(payload)
        results = []
        for prompt in prompts:
            resp = await self._aclient.responses.create(
                model=self.model,
                input=prompt,
                reasoning={"effort": params.get("effort", "medium")},
                max_output_tokens=params.get("max_output_tokens", 4096),
            )
            results.append({"text": resp.output_text, "usage": resp.usage.model_dump()})
        return self.wrap(results, payload)


class SummaryPredictor(ReasoningPredictor):
    async def predict(self, payload, headers: Dict[str, str] = None):
        text = "\n\n".join(self.extract_prompts(payload))
        resp = await with_retries_async(
            self._aclient.responses.create,
            model="gpt-4o-mini",
            instructions="Summarise the following documents in at most 5 bullet points.",
            input=text,
        )
        return self.wrap([resp.output_text], payload)
