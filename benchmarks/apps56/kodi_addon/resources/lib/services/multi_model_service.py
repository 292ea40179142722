# -*- coding: utf-8 -*-
"""Tracked entry point for LLM calls. New code should go through generate_response()."""
import asyncio
import enum

from resources.lib import kodiutils
from resources.lib.ai import clients
from resources.lib.services.llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService(object):
    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.SIMPLE,
                                system=None, max_tokens=800):
        provider, model = _ROUTES[complexity]
        if kodiutils.get_setting("provider") == "google":
            provider, model = "google", clients.model_for("google")
        async with llm_tracker.track_llm_call(provider=provider, model=model,
                                              feature_context=task_type) as usage_log:
            if provider == "openai":
                client = clients.get_openai_client()
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                resp = await asyncio.to_thread(
                    client.chat.completions.create, model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content
            if provider == "anthropic":
                client = clients.get_anthropic_client()
                resp = client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful media assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return resp.content[0].text
            client = clients.get_genai_client()
            resp = await client.aio.models.generate_content(model=model, contents=prompt)
            usage_log.input_tokens = resp.usage_metadata.prompt_token_count
            usage_log.output_tokens = resp.usage_metadata.candidates_token_count
            return resp.text

    def generate_response_sync(self, prompt, **kwargs):
        """Kodi plugin invocations are synchronous; run the coroutine to completion."""
        return asyncio.run(self.generate_response(prompt, **kwargs))


multi_model_service = MultiModelService()
