"""LiteLLM router adapter (talks to the in-cluster LiteLLM proxy)."""
from __future__ import annotations

import logging

import litellm

from aiops_operator.providers.base import Completion, CompletionRequest, ProviderAdapter

logger = logging.getLogger(__name__)


def _to_completion(resp, model: str) -> Completion:
    choice = resp.choices[0]
    return Completion(
        text=choice.message.content or "",
        model=model,
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
        finish_reason=choice.finish_reason,
        raw=resp,
    )


class LiteLLMAdapter(ProviderAdapter):
    name = "litellm"

    def __init__(self, router):
        self._router = router

    def complete(self, request: CompletionRequest) -> Completion:
        resp = self._router.completion(
            model=request.model,
            messages=request.openai_messages(),
            max_tokens=request.max_tokens,
            temperature=request.temperature,
            metadata={"source": "aiops-operator", **request.metadata},
        )
        return _to_completion(resp, request.model)

    async def acomplete(self, request: CompletionRequest) -> Completion:
        resp = await self._router.acompletion(
            model=request.model,
            messages=request.openai_messages(),
            max_tokens=request.max_tokens,
            temperature=request.temperature,
        )
        return _to_completion(resp, request.model)

    def estimate_tokens(self, request: CompletionRequest) -> int:
        return litellm.token_counter(model=request.model, messages=request.openai_messages())

    @staticmethod
    def cost_of(completion: Completion) -> float:
        try:
            return litellm.completion_cost(completion_response=completion.raw)
        except Exception:  # unknown model in the cost map
            return 0.0
