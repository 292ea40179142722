"""Tracked entry point for LLM requests.

Picks a backend by task type / complexity and records usage through llm_tracker.
New features should call `multi_model_service.generate_response` instead of
touching provider SDKs.
"""
from __future__ import annotations

import enum
import logging
from typing import Dict, List, Optional

from shared.clients import get_groq, get_together
from shared.config import DEFAULT_GROQ_MODEL, DEFAULT_TOGETHER_MODEL, FAST_GROQ_MODEL
from shared.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system_prompt: Optional[str] = None,
        history: Optional[List[Dict[str, str]]] = None,
        max_tokens: int = 800,
        user_id: Optional[str] = None,
    ) -> str:
        messages: List[Dict[str, str]] = []
        if system_prompt:
            messages.append({"role": "system", "content": system_prompt})
        messages.extend(history or [])
        messages.append({"role": "user", "content": prompt})

        if complexity is TaskComplexity.AGENTIC:
            provider, model, client = "together", DEFAULT_TOGETHER_MODEL, get_together()
        elif task_type in ("classify", "tag"):
            provider, model, client = "groq", FAST_GROQ_MODEL, get_groq()
        else:
            provider, model, client = "groq", DEFAULT_GROQ_MODEL, get_groq()

        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, user_id=user_id
        ) as usage_log:
            resp = await client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
