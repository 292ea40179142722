"""Tracked entry point for LLM generation. New code should call
``multi_model_service.generate_response``."""
import enum
import logging

from newsletter.providers.clients import get_async_anthropic_client, get_async_openai_client
from newsletter.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("anthropic", "claude-3-5-haiku-latest"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-sonnet-4-20250514"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system=None,
        max_tokens=800,
    ):
        provider, model = _MODEL_BY_COMPLEXITY[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "openai":
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                resp = await get_async_openai_client().chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content
            kwargs = {"system": system} if system else {}
            msg = await get_async_anthropic_client().messages.create(
                model=model,
                max_tokens=max_tokens,
                messages=[{"role": "user", "content": prompt}],
                **kwargs,
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
            return msg.content[0].text


multi_model_service = MultiModelService()
