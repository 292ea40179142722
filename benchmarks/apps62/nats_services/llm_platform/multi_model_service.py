"""Routes a prompt to a model by task type / complexity, with usage tracking."""
from __future__ import annotations

import enum
import logging
from typing import Any

from llm_platform.llm_usage_tracker import llm_tracker
from svc.llm import get_anthropic, get_openai, make_deepseek_client

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


_ROUTES: dict[tuple[str, TaskComplexity], tuple[str, str]] = {
    ("chat", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
    ("chat", TaskComplexity.MODERATE): ("openai", "gpt-4o"),
    ("summarise", TaskComplexity.SIMPLE): ("anthropic", "claude-3-5-haiku-latest"),
    ("summarise", TaskComplexity.MODERATE): ("anthropic", "claude-3-5-sonnet-latest"),
    ("classify", TaskComplexity.SIMPLE): ("deepseek", "deepseek-chat"),
    ("translate", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._deepseek = None

    def pick(self, task_type: str, complexity: TaskComplexity) -> tuple[str, str]:
        return _ROUTES.get((task_type, complexity), ("openai", "gpt-4o-mini"))

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        *,
        system: str | None = None,
        max_tokens: int = 1024,
        **extra: Any,
    ) -> str:
        provider, model = self.pick(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                msg = await get_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            client = get_openai()
            if provider == "deepseek":
                if self._deepseek is None:
                    self._deepseek = make_deepseek_client()
                client = self._deepseek
            messages = ([{"role": "system", "content": system}] if system else []) + [
                {"role": "user", "content": prompt}
            ]
            resp = await client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens, **extra
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
