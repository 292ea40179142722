"""Routing + tracking front door for LLM calls.

    response = await multi_model_service.generate_response(
        prompt="...", task_type="itinerary", complexity=TaskComplexity.AGENTIC)

SIMPLE tasks go to Gemini Flash, AGENTIC ones to Claude Sonnet on Vertex.
Every call records a usage row via llm_tracker.
"""
from __future__ import annotations

import asyncio
import enum
import logging
from dataclasses import dataclass

from google.genai import types as genai_types

from common.clients import get_anthropic_client, get_genai_client
from common.config import get_settings
from common.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class ModelResponse:
    text: str
    model: str
    provider: str
    input_tokens: int
    output_tokens: int


class MultiModelService:
    def __init__(self) -> None:
        self._settings = get_settings()

    def _route(self, complexity: TaskComplexity) -> tuple[str, str]:
        if complexity == TaskComplexity.AGENTIC:
            return "anthropic", self._settings.claude_model
        if complexity == TaskComplexity.STANDARD:
            return "google", self._settings.gemini_pro_model
        return "google", self._settings.gemini_model

    async def generate_response(self, prompt: str, *, task_type: str = "chat",
                                complexity: TaskComplexity = TaskComplexity.SIMPLE,
                                system: str | None = None, max_tokens: int = 2048,
                                json_mode: bool = False) -> ModelResponse:
        provider, model = self._route(complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                client = get_anthropic_client()
                msg = await asyncio.to_thread(
                    client.messages.create,
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                text = "".join(b.text for b in msg.content if b.type == "text")
            else:
                client = get_genai_client()
                resp = await client.aio.models.generate_content(
                    model=model,
                    contents=prompt,
                    config=genai_types.GenerateContentConfig(
                        system_instruction=system,
                        max_output_tokens=max_tokens,
                        response_mime_type="application/json" if json_mode else "text/plain",
                    ),
                )
                usage_log.input_tokens = resp.usage_metadata.prompt_token_count or 0
                usage_log.output_tokens = resp.usage_metadata.candidates_token_count or 0
                text = resp.text or ""
        return ModelResponse(text=text, model=model, provider=provider,
                             input_tokens=usage_log.input_tokens,
                             output_tokens=usage_log.output_tokens)


multi_model_service = MultiModelService()
