# -*- coding: utf-8 -*-
"""Routing + tracking wrapper around the providers.

New code should call ``multi_model_service.generate_response`` and not
touch the SDK clients directly.
"""
import asyncio
import enum
import logging

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

from .llm_usage_tracker import llm_tracker

_logger = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-sonnet-4-20250514"),
}


def run_sync(coro):
    """Odoo request handlers and crons are synchronous; bridge to asyncio."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    raise RuntimeError("run_sync() called from a running event loop")


class MultiModelService:
    def __init__(self):
        self._keys = {}
        self._openai = None
        self._anthropic = None

    def configure(self, openai_api_key=None, anthropic_api_key=None):
        if openai_api_key != self._keys.get("openai"):
            self._openai = AsyncOpenAI(api_key=openai_api_key) if openai_api_key else None
        if anthropic_api_key != self._keys.get("anthropic"):
            self._anthropic = AsyncAnthropic(api_key=anthropic_api_key) if anthropic_api_key else None
        self._keys = {"openai": openai_api_key, "anthropic": anthropic_api_key}

    def configure_from_env(self, env):
        icp = env["ir.config_parameter"].sudo()
        self.configure(
            openai_api_key=icp.get_param("ai_base.openai_api_key"),
            anthropic_api_key=icp.get_param("ai_base.anthropic_api_key"),
        )

    async def generate_response(
        self,
        prompt,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system=None,
        max_tokens=1024,
        temperature=0.3,
        res_model=None,
        res_id=None,
    ):
        provider, model = _ROUTES[complexity]
        if provider == "anthropic" and self._anthropic is None:
            provider, model = _ROUTES[TaskComplexity.STANDARD]
        async with llm_tracker.track_llm_call(
            provider=provider,
            model=model,
            feature_context=task_type,
            res_model=res_model,
            res_id=res_id,
        ) as usage_log:
            if provider == "anthropic":
                response = await self._anthropic.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    temperature=temperature,
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = response.usage.input_tokens
                usage_log.output_tokens = response.usage.output_tokens
                return "".join(b.text for b in response.content if b.type == "text")

            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            response = await self._openai.chat.completions.create(
                model=model,
                messages=messages,
                max_tokens=max_tokens,
                temperature=temperature,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
            return response.choices[0].message.content

    async def generate_embeddings(self, texts, feature_context="embeddings", model="text-embedding-3-small"):
        async with llm_tracker.track_llm_call(
            provider="openai",
            model=model,
            feature_context=feature_context,
        ) as usage_log:
            response = await self._openai.embeddings.create(model=model, input=list(texts))
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = 0
        return [item.embedding for item in response.data]


multi_model_service = MultiModelService()
