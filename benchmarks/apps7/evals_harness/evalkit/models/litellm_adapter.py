"""Catch-all adapter for anything litellm can route to (Bedrock, Vertex, Azure...).

Spec format: ``litellm:<litellm model string>``, e.g.
``litellm:bedrock/anthropic.claude-3-haiku-20240307-v1:0``.
"""
from __future__ import annotations

import logging
import time
from typing import Optional

import litellm

from evalkit.models.base import ModelAdapter
from evalkit.runner.limits import with_retries
from evalkit.schemas import ModelOutput, TestCase

logger = logging.getLogger(__name__)

# Different backends support different params; let litellm drop the ones that don't apply
# rather than failing the request.
litellm.drop_params = True


class LiteLLMAdapter(ModelAdapter):
    provider = "litellm"

    def _cost(self, response) -> Optional[float]:
        try:
            return litellm.completion_cost(completion_response=response)
        except Exception:  # noqa: BLE001 - unknown pricing for custom deployments
            logger.debug("no pricing for %s", self.model)
            return None

    def _output(self, response, started: float) -> ModelOutput:
        usage = response.usage
        return ModelOutput(
            text=response.choices[0].message.content or "",
            model=self.model,
            provider=self.provider,
            input_tokens=usage.prompt_tokens,
            output_tokens=usage.completion_tokens,
            latency_s=time.perf_counter() - started,
            cost_usd=self._cost(response),
            raw_id=response.id,
        )

    @with_retries()
    def generate(self, case: TestCase) -> ModelOutput:
        started = time.perf_counter()
        response = litellm.completion(
            model=self.model,
            messages=self.build_messages(case),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            num_retries=0,
        )
        return self._output(response, started)

    @with_retries()
    async def agenerate(self, case: TestCase) -> ModelOutput:
        started = time.perf_counter()
        response = await litellm.acompletion(
            model=self.model,
            messages=self.build_messages(case),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            num_retries=0,
        )
        return self._output(response, started)
