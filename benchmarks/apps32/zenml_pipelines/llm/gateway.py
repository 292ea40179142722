"""LLMGateway: the half-finished move of all model traffic onto the platform
multi_model_service. New code should call ``gateway.generate(...)``.

Providers listed in ``_TRACKED_TASKS`` already go through the service; the
rest still fall back to the old per-provider code in ``llm.registry``.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Dict, Optional

from app.services.multi_model_service import TaskComplexity, multi_model_service
from llm.registry import get_chat_fn

logger = logging.getLogger(__name__)

_TRACKED_TASKS = {"classification", "report", "chat"}


@dataclass
class GatewayResult:
    text: str
    provider: str
    tracked: bool
    usage: Dict[str, int] = field(default_factory=dict)


class LLMGateway:
    def __init__(self, default_provider: str = "openai", default_model: str = "gpt-4o-mini"):
        self.default_provider = default_provider
        self.default_model = default_model
        self.calls = 0

    async def agenerate(
        self,
        prompt: str,
        task_type: str = "chat",
        system: str = "",
        provider: Optional[str] = None,
        model: Optional[str] = None,
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
    ) -> GatewayResult:
        self.calls += 1
        if task_type in _TRACKED_TASKS and provider is None:
            text = await multi_model_service.generate_response(
                prompt=f"{system}\n\n{prompt}" if system else prompt,
                task_type=task_type,
                complexity=complexity,
            )
            return GatewayResult(text=text, provider="platform", tracked=True)

        # TODO(ml-platform#212): route these through the service too
        provider = provider or self.default_provider
        fn = get_chat_fn(provider)
        text, tin, tout = await asyncio.to_thread(
            fn, model or self.default_model, system, prompt, 512, 0.0
        )
        return GatewayResult(text=text, provider=provider, tracked=False, usage={"in": tin, "out": tout})

    def generate(self, prompt: str, **kwargs) -> GatewayResult:
        return asyncio.run(self.agenerate(prompt, **kwargs))


gateway = LLMGateway()
