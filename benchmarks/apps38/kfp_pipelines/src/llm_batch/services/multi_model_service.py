"""Tracked entry point for model calls.

New component code should go through ``multi_model_service.generate_response``;
it picks the model from the task type/complexity and records usage.
"""

from __future__ import annotations

import enum
import logging

from google.genai import types

from llm_batch.clients import get_anthropic_vertex, get_genai_client
from llm_batch.config import load_settings
from llm_batch.tracking import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("google", "gemini-2.0-flash-001"),
    TaskComplexity.STANDARD: ("google", "gemini-1.5-pro-002"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-v2@20241022"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            if provider == "google":
                client = get_genai_client()
                resp = await client.aio.models.generate_content(
                    model=model,
                    contents=prompt,
                    config=types.GenerateContentConfig(system_instruction=system, max_output_tokens=max_tokens),
                )
                usage_log.input_tokens = resp.usage_metadata.prompt_token_count
                usage_log.output_tokens = resp.usage_metadata.candidates_token_count
                return resp.text
            claude = get_anthropic_vertex()
            msg = claude.messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
            return msg.content[0].text


multi_model_service = MultiModelService()
