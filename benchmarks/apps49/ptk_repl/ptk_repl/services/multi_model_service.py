"""Tracked entry point for one-shot generations.

Anything that is not the interactive chat stream should come through here:
it picks a model by task complexity and records usage via ``llm_tracker``.
"""
from __future__ import annotations

import enum

from ptk_repl.providers.factory import get_async_anthropic, get_async_openai, get_genai_client

from .llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("gemini", "gemini-2.5-flash"),
    TaskComplexity.STANDARD: ("openai", "gpt-4.1-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-sonnet-4-5"),
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
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "openai":
                resp = await get_async_openai().chat.completions.create(
                    model=model,
                    messages=[
                        {"role": "system", "content": system or "Be brief."},
                        {"role": "user", "content": prompt},
                    ],
                    max_completion_tokens=max_tokens,
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            if provider == "anthropic":
                msg = await get_async_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "Be brief.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")
            resp = await get_genai_client().aio.models.generate_content(model=model, contents=prompt)
            meta = resp.usage_metadata
            usage_log.input_tokens = meta.prompt_token_count or 0
            usage_log.output_tokens = meta.candidates_token_count or 0
            return resp.text or ""


multi_model_service = MultiModelService()
