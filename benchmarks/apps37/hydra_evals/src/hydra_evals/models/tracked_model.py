"""Model wrapper that goes through the platform gateway (usage is tracked there).

Use this for anything that runs on the shared eval cluster; the finops dashboards only
see traffic that goes through ``multi_model_service``.
"""
from __future__ import annotations

import asyncio
import time
from typing import Any, Sequence

from platform_llm.multi_model_service import TaskComplexity, multi_model_service

from .base import BaseModel, GenerationResult, Message


class GatewayModel(BaseModel):
    provider = "gateway"

    def __init__(self, task_type: str = "chat", complexity: str = "SIMPLE", model_name: str = "gateway",
                 **kwargs: Any) -> None:
        super().__init__(model_name, **kwargs)
        self.task_type = task_type
        self.complexity = TaskComplexity[complexity]

    async def agenerate(self, prompt: str | Sequence[Message], **kwargs: Any) -> GenerationResult:
        if not isinstance(prompt, str):
            prompt = "\n\n".join(f"{m['role']}: {m['content']}" for m in prompt)
        start = time.perf_counter()
        response = await multi_model_service.generate_response(
            prompt=prompt,
            task_type=self.task_type,
            complexity=self.complexity,
        )
        return GenerationResult(
            text=response if isinstance(response, str) else response.get("content", ""),
            model=self.model_name,
            latency_s=time.perf_counter() - start,
        )

    def generate(self, prompt: str | Sequence[Message], **kwargs: Any) -> GenerationResult:
        return asyncio.run(self.agenerate(prompt, **kwargs))
