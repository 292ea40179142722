"""Generic LLM gateway for internal tools (adjuster workbench, notebooks).

History: started as a thin litellm.Router wrapper; the tracked endpoint was added after
the FinOps review and new callers should use ``tracked_complete``.
"""
import logging
from typing import Any, Dict, List

import litellm
from nameko.rpc import rpc

from common.async_bridge import run_sync
from common.dependencies import LiteLLMRouter, TrackedLLM
from common.multi_model_service import TaskComplexity
from common.registry import get_client
from services.router_strategies import complete_with_fallbacks, fan_out

log = logging.getLogger(__name__)


class LLMRouterService:
    name = "llm_router"

    router = LiteLLMRouter()
    tracked = TrackedLLM()

    @rpc
    def complete(self, messages: List[Dict[str, str]], model_group: str = "claims-default", **params) -> Dict[str, Any]:
        try:
            response = self.router.completion(model=model_group, messages=messages, **params)
        except litellm.exceptions.RouterRateLimitError:
            log.warning("router exhausted for %s, using fallback chain", model_group)
            response = complete_with_fallbacks(messages, **params)
        return {
            "content": response.choices[0].message.content,
            "model": response.model,
            "usage": dict(response.usage) if response.usage else {},
        }

    @rpc
    def embed(self, texts: List[str]) -> List[List[float]]:
        response = self.router.embedding(model="claims-embed", input=texts)
        return [row["embedding"] for row in response.data]

    @rpc
    def tracked_complete(self, prompt: str, task_type: str = "chat", agentic: bool = False) -> str:
        complexity = TaskComplexity.AGENTIC if agentic else TaskComplexity.SIMPLE
        return run_sync(self.tracked.generate_response(prompt=prompt, task_type=task_type, complexity=complexity))

    @rpc
    def ask_deepseek(self, prompt: str) -> str:
        response = get_client("deepseek").chat.completions.create(
            model="deepseek-chat",
            messages=[{"role": "user", "content": prompt}],
            temperature=0.3,
        )
        return response.choices[0].message.content

    @rpc
    def compare(self, prompt: str) -> Dict[str, str]:
        return fan_out(prompt)

    @rpc
    def estimate_cost(self, model: str, prompt: str, expected_output_tokens: int = 500) -> Dict[str, float]:
        prompt_tokens = litellm.token_counter(model=model, messages=[{"role": "user", "content": prompt}])
        input_cost, output_cost = litellm.cost_per_token(
            model=model, prompt_tokens=prompt_tokens, completion_tokens=expected_output_tokens
        )
        return {"prompt_tokens": prompt_tokens, "usd": round(input_cost + output_cost, 6)}
