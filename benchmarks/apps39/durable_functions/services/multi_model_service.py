"""The blessed path for model calls: picks a model by task and records usage."""
from __future__ import annotations

import enum
import logging
from typing import Any

from app.config import get_settings
from services.clients import get_anthropic, get_genai, get_openai
from services.llm_usage_tracker import llm_tracker
from services.prompts import build_messages, to_anthropic

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES: dict[TaskComplexity, tuple[str, str]] = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("gemini", "gemini-2.0-flash"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    def __init__(self) -> None:
        self.settings = get_settings()

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
        **extra: Any,
    ) -> str:
        provider, model = _ROUTES[complexity]
        messages = build_messages(system or "You are a helpful assistant.", prompt)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "openai":
                resp = await get_openai().chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            if provider == "anthropic":
                sys_prompt, rest = to_anthropic(messages)
                msg = await get_anthropic().messages.create(
                    model=model, system=sys_prompt, messages=rest, max_tokens=max_tokens
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")
            result = await get_genai().aio.models.generate_content(
                model=model, contents=prompt
            )
            usage_log.input_tokens = result.usage_metadata.prompt_token_count or 0
            usage_log.output_tokens = result.usage_metadata.candidates_token_count or 0
            return result.text or ""


multi_model_service = MultiModelService()


async def summarize_for_feature(text: str, feature: str, bullets: int = 5) -> str:
    """Convenience wrapper most callers should use for summaries."""
    return await multi_model_service.generate_response(
        prompt=text,
        task_type=feature,
        complexity=TaskComplexity.STANDARD,
        system=f"Summarise in at most {bullets} bullets.",
    )


async def embed_tracked(texts: list[str], feature: str) -> list[list[float]]:
    model = get_settings().embedding_model
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context=feature
    ) as usage_log:
        resp = await get_openai().embeddings.create(model=model, input=texts)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = 0
    return [d.embedding for d in resp.data]
