"""Tracked entry point for ad-hoc LLM requests (adjudication, audits, summaries).

Routes a prompt to a model by task type / complexity and records usage for every call.
"""
from __future__ import annotations

import enum
import logging
from typing import Dict, Optional, Tuple

from together import AsyncTogether

from labelkit.config import get_settings
from labelkit.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class ServiceUnavailable(RuntimeError):
    pass


_ROUTES: Dict[Tuple[str, TaskComplexity], str] = {
    ("chat", TaskComplexity.SIMPLE): "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    ("label_adjudication", TaskComplexity.SIMPLE): "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    ("label_adjudication", TaskComplexity.AGENTIC): "deepseek-ai/DeepSeek-V3",
}
_DEFAULT_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"


class MultiModelService:
    def __init__(self) -> None:
        self._client: Optional[AsyncTogether] = None

    def _get_client(self) -> AsyncTogether:
        if self._client is None:
            self._client = AsyncTogether(api_key=get_settings().together_api_key)
        return self._client

    async def generate_response(self, prompt: str, task_type: str = "chat",
                                complexity: TaskComplexity = TaskComplexity.SIMPLE,
                                system: Optional[str] = None, max_tokens: int = 512) -> str:
        model = _ROUTES.get((task_type, complexity), _DEFAULT_MODEL)
        messages = ([{"role": "system", "content": system}] if system else []) + [
            {"role": "user", "content": prompt}
        ]
        try:
            async with llm_tracker.track_llm_call(provider="together", model=model,
                                                  feature_context=task_type) as usage_log:
                resp = await self._get_client().chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens, temperature=0.0
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
        except Exception as exc:  # noqa: BLE001
            log.warning("multi_model_service failed for %s: %s", task_type, exc)
            raise ServiceUnavailable(str(exc)) from exc
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
