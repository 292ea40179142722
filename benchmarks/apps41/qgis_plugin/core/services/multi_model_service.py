"""Tracked entry point for LLM requests.

New code should call ``multi_model_service.generate_response`` instead of
talking to a provider client; every request made here is recorded by
``llm_tracker``.
"""
import enum
import logging

from .. import clients, settings
from .llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_COMPLEX_MODELS = {
    "openai": "gpt-4o",
    "anthropic": "claude-3-7-sonnet-latest",
    "google": "gemini-2.5-pro",
    "mistral": "mistral-large-latest",
    "ollama": "qwen2.5:14b",
}


class MultiModelService:
    def _model(self, provider, complexity):
        if complexity is TaskComplexity.AGENTIC:
            return _COMPLEX_MODELS.get(provider, settings.model_for(provider))
        return settings.model_for(provider)

    async def generate_response(
        self,
        prompt,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system=None,
        provider=None,
        max_tokens=800,
    ):
        provider = provider or settings.active_provider()
        model = self._model(provider, complexity)
        system = system or "You are a helpful GIS assistant."
        client = clients.client_for(provider)

        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                resp = client.messages.create(
                    model=model,
                    system=system,
                    max_tokens=max_tokens,
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")

            if provider == "google":
                resp = client.models.generate_content(
                    model=model,
                    contents=prompt,
                    config={"system_instruction": system, "max_output_tokens": max_tokens},
                )
                meta = resp.usage_metadata
                usage_log.input_tokens = meta.prompt_token_count or 0
                usage_log.output_tokens = meta.candidates_token_count or 0
                return resp.text

            messages = [
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ]
            if provider == "mistral":
                resp = await client.chat.complete_async(model=model, messages=messages, max_tokens=max_tokens)
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content

            if provider == "ollama":
                resp = client.chat(model=model, messages=messages)
                usage_log.input_tokens = resp.prompt_eval_count or 0
                usage_log.output_tokens = resp.eval_count or 0
                return resp.message.content

            resp = client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content


multi_model_service = MultiModelService()
