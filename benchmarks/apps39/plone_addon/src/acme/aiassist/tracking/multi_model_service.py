"""Single, tracked entry point for model requests."""
from acme.aiassist.clients import get_async_openai_client
from acme.aiassist.tracking.llm_usage_tracker import llm_tracker
from enum import Enum

import anthropic


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODELS = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    def __init__(self):
        self._anthropic = None

    def _anthropic_client(self):
        if self._anthropic is None:
            self._anthropic = anthropic.AsyncAnthropic()
        return self._anthropic

    async def generate_response(
        self,
        prompt,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system=None,
        max_tokens=800,
    ):
        provider, model = _MODELS[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                message = await self._anthropic_client().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = message.usage.input_tokens
                usage_log.output_tokens = message.usage.output_tokens
                return message.content[0].text
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            response = await get_async_openai_client().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
            return response.choices[0].message.content


multi_model_service = MultiModelService()
