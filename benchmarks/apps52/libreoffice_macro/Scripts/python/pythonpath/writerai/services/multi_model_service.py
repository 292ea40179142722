"""Single entry point for model calls with automatic usage tracking.

New code should call ``multi_model_service.generate_response``; it picks the provider from
settings and the task complexity, and records usage through ``llm_tracker``.
"""
import enum
import logging

from writerai.clients import (
    get_anthropic_client,
    get_groq_client,
    get_openai_client,
    get_watsonx_model,
)
from writerai.config import load_settings
from writerai.services.llm_usage_tracker import llm_tracker

log = logging.getLogger("writerai.mms")


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_COMPLEX_MODELS = {
    "openai": "gpt-4o",
    "anthropic": "claude-3-5-sonnet-latest",
    "groq": "llama-3.3-70b-versatile",
    "watsonx": "meta-llama/llama-3-3-70b-instruct",
}


class MultiModelService:
    def __init__(self, settings=None):
        self._settings = settings

    @property
    def settings(self):
        if self._settings is None:
            self._settings = load_settings()
        return self._settings

    def _pick(self, complexity):
        provider = self.settings.provider
        if complexity is TaskComplexity.AGENTIC:
            return provider, _COMPLEX_MODELS.get(provider, self.settings.model_for(provider))
        return provider, self.settings.model_for(provider)

    async def generate_response(self, prompt, task_type="chat",
                                complexity=TaskComplexity.SIMPLE, system=None,
                                max_tokens=1024):
        provider, model = self._pick(complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                resp = get_anthropic_client().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful writing assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")
            if provider == "watsonx":
                model_inf = get_watsonx_model(model)
                resp = model_inf.chat(messages=_messages(system, prompt))
                usage = resp.get("usage", {})
                usage_log.input_tokens = usage.get("prompt_tokens", 0)
                usage_log.output_tokens = usage.get("completion_tokens", 0)
                return resp["choices"][0]["message"]["content"]
            client = get_groq_client() if provider == "groq" else get_openai_client()
            resp = client.chat.completions.create(
                model=model,
                messages=_messages(system, prompt),
                max_tokens=max_tokens,
                temperature=self.settings.temperature,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content


def _messages(system, prompt):
    msgs = []
    if system:
        msgs.append({"role": "system", "content": system})
    msgs.append({"role": "user", "content": prompt})
    return msgs


multi_model_service = MultiModelService()
