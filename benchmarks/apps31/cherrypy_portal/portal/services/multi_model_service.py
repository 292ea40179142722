"""Tracked entry point for model calls. New code should go through here."""
import enum
import logging

from portal.llm import registry
from portal.services.llm_usage_tracker import llm_tracker

log = logging.getLogger("portal.llm.multi")


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.SIMPLE,
                                system_prompt=None, max_tokens=800):
        provider, model = _ROUTES[complexity]
        client = registry.get(provider)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                response = client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system_prompt or "You are a helpful assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = response.usage.input_tokens
                usage_log.output_tokens = response.usage.output_tokens
                return "".join(b.text for b in response.content if b.type == "text")
            messages = []
            if system_prompt:
                messages.append({"role": "system", "content": system_prompt})
            messages.append({"role": "user", "content": prompt})
            response = client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
            return response.choices[0].message.content


multi_model_service = MultiModelService()
