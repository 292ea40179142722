"""Tracked entry point for model calls.

New handlers should go through ``multi_model_service.generate_response``; it
picks a provider from the task complexity and records usage.
"""
from __future__ import annotations

import enum
import logging
from typing import Optional

from .. import config as cfg
from ..providers.registry import get_provider
from .llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


_ROUTING = {
    TaskComplexity.SIMPLE: "openai",
    TaskComplexity.MODERATE: "anthropic",
    TaskComplexity.AGENTIC: "anthropic",
}


class MultiModelService:
    def __init__(self):
        self._clients = None

    def configure(self, clients: dict):
        self._clients = clients

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        provider: Optional[str] = None,
    ) -> str:
        if self._clients is None:
            raise RuntimeError("multi_model_service.configure() was not called")
        name = provider or _ROUTING[complexity]
        if name not in self._clients:
            name = "openai"
        prov = get_provider(name, self._clients, max_tokens=cfg.DEFAULT_MAX_TOKENS)
        async with llm_tracker.track_llm_call(
            provider=name, model=prov.model, feature_context=task_type
        ) as usage_log:
            result = await prov.complete([{"role": "user", "content": prompt}], system=system)
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text


multi_model_service = MultiModelService()
