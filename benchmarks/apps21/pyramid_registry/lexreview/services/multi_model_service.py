"""Tracked, provider-agnostic entry point for LLM generation.

New code should call ``multi_model_service.generate_response(...)``. Routing:
SIMPLE -> DeepSeek chat, STANDARD -> gpt-4o-mini, AGENTIC -> Claude Sonnet.
"""
import enum
import logging

from lexreview.llm.clients import (
    async_anthropic_client_from_settings,
    async_deepseek_client_from_settings,
    async_openai_client_from_settings,
)
from lexreview.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("deepseek", "deepseek-chat"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    def __init__(self):
        self._openai = None
        self._anthropic = None
        self._deepseek = None

    def configure(self, settings):
        self._openai = async_openai_client_from_settings(settings)
        self._anthropic = async_anthropic_client_from_settings(settings)
        self._deepseek = async_deepseek_client_from_settings(settings)

    async def generate_response(
        self,
        prompt,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system=None,
        max_tokens=1024,
        matter_id=None,
    ):
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider,
            model=model,
            feature_context=task_type,
            matter_id=matter_id,
        ) as usage_log:
            if provider == "anthropic":
                resp = await self._anthropic.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a careful legal review assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")

            client = self._openai if provider == "openai" else self._deepseek
            messages = []
            if system:
                messages.append({"role": "system", "content": system})
            messages.append({"role": "user", "content": prompt})
            resp = await client.chat.completions.create(
                model=model,
                messages=messages,
                max_tokens=max_tokens,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content


multi_model_service = MultiModelService()
