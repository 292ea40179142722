"""Tracked model access for application code."""

from __future__ import annotations

from llmkit.services.llm_usage_tracker import llm_tracker
from llmkit.services.multi_model_service import LLMResponse, TaskComplexity, multi_model_service

__all__ = ["chat", "llm_tracker", "multi_model_service", "TaskComplexity", "LLMResponse"]


async def chat(question: str, *, tenant_id: str, feature: str = "adhoc_chat") -> str:
    """Ask a quick question through the tracked service and return the text."""
    response = await multi_model_service.generate_response(
        prompt=question,
        task_type=feature,
        complexity=TaskComplexity.SIMPLE,
        tenant_id=tenant_id,
    )
    return response.text
