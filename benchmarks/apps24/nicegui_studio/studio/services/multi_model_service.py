"""The tracked entry point for text generation.

Every call made through :func:`MultiModelService.generate_response` is wrapped
in ``llm_tracker.track_llm_call`` so costs show up on the admin page.  New
features should use this instead of reaching for ``services.<provider>``.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from studio.config import settings
from studio.services.container import services
from studio.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str


ROUTES: dict[tuple[str, TaskComplexity], Route] = {
    ("chat", TaskComplexity.SIMPLE): Route("groq", "llama-3.1-8b-instant"),
    ("chat", TaskComplexity.STANDARD): Route("openai", "gpt-4o-mini"),
    ("rewrite", TaskComplexity.STANDARD): Route("anthropic", "claude-3-5-haiku-latest"),
    ("rewrite", TaskComplexity.AGENTIC): Route("anthropic", "claude-3-5-sonnet-latest"),
    ("scoring", TaskComplexity.SIMPLE): Route("openai", "gpt-4o-mini"),
    ("summary", TaskComplexity.STANDARD): Route("gemini", "gemini-2.0-flash"),
}


class MultiModelService:
    def route(self, task_type: str, complexity: TaskComplexity) -> Route:
        return ROUTES.get((task_type, complexity), Route("openai", settings.default_chat_model))

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.STANDARD,
        system: str | None = None,
        user: str | None = None,
        max_tokens: int = 800,
        temperature: float = 0.7,
    ) -> str:
        route = self.route(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=route.provider,
            model=route.model,
            feature_context=task_type,
            user=user,
        ) as usage_log:
            if route.provider == "anthropic":
                response = await services.require("anthropic").messages.create(
                    model=route.model,
                    max_tokens=max_tokens,
                    temperature=temperature,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = response.usage.input_tokens
                usage_log.output_tokens = response.usage.output_tokens
                return "".join(block.text for block in response.content if block.type == "text")

            if route.provider == "gemini":
                response = await services.require("gemini").aio.models.generate_content(
                    model=route.model,
                    contents=prompt,
                    config={"system_instruction": system, "max_output_tokens": max_tokens},
                )
                meta = response.usage_metadata
                usage_log.input_tokens = meta.prompt_token_count or 0
                usage_log.output_tokens = meta.candidates_token_count or 0
                return response.text or ""

            client = services.require("groq" if route.provider == "groq" else "openai")
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            response = await client.chat.completions.create(
                model=route.model,
                messages=messages,
                max_tokens=max_tokens,
                temperature=temperature,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
            return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
