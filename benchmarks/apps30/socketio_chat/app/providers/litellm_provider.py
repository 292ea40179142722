"""litellm-backed provider.

Wraps the tracked service for the default path, and keeps a Router for the
agent-assist pool that needs fallbacks across deployments.
"""
from __future__ import annotations

import litellm
from litellm import Router

from app.providers.base import ChatProvider, Completion, Message
from app.services.llm_usage_tracker import llm_tracker

ASSIST_MODEL_LIST = [
    {"model_name": "assist", "litellm_params": {"model": "gpt-4o-mini"}},
    {"model_name": "assist", "litellm_params": {"model": "groq/llama-3.3-70b-versatile"}},
    {"model_name": "assist-fallback", "litellm_params": {"model": "mistral/mistral-small-latest"}},
]


def build_router() -> Router:
    return Router(
        model_list=ASSIST_MODEL_LIST,
        fallbacks=[{"assist": ["assist-fallback"]}],
        num_retries=2,
    )


class LiteLLMProvider(ChatProvider):
    name = "litellm"

    def __init__(self, model: str = "gpt-4o-mini", tracked: bool = True) -> None:
        super().__init__(client=litellm, model=model)
        self.tracked = tracked

    async def complete(self, messages: list[Message], **kwargs) -> Completion:
        if not self.tracked:
            resp = await litellm.acompletion(model=self.model, messages=messages, **kwargs)
            return Completion(resp.choices[0].message.content or "", self.model,
                              resp.usage.prompt_tokens, resp.usage.completion_tokens)
        async with llm_tracker.track_llm_call(
            provider="litellm", model=self.model, feature_context="provider_layer"
        ) as usage_log:
            resp = await litellm.acompletion(model=self.model, messages=messages, **kwargs)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return Completion(resp.choices[0].message.content or "", self.model,
                          usage_log.input_tokens, usage_log.output_tokens)
