"""Grok through the native xai-sdk (gRPC).

We moved to the native SDK for grok-4 because the OpenAI-compatible endpoint did not report
reasoning tokens at the time. The compat adapter is still in openai_compat.py for old configs.
"""
import os
import time

from xai_sdk import Client
from xai_sdk.chat import assistant, system, user

from evalharness.adapters.base import ModelAdapter
from evalharness.adapters.registry import register_adapter
from evalharness.types import Completion, Prompt


@register_adapter("xai", "grok")
class GrokAdapter(ModelAdapter):
    def __init__(self, spec):
        super().__init__(spec)
        self._client = Client(api_key=os.getenv("XAI_API_KEY"), timeout=float(spec.params.get("timeout", 600)))

    def _build_chat(self, prompt: Prompt):
        chat = self._client.chat.create(
            model=self.model,
            max_tokens=self.max_tokens(prompt),
            temperature=self.temperature(prompt),
        )
        if prompt.system:
            chat.append(system(prompt.system))
        for m in prompt.messages:
            chat.append(user(m.content) if m.role == "user" else assistant(m.content))
        return chat

    def generate(self, prompt: Prompt) -> Completion:
        chat = self._build_chat(prompt)
        t0 = time.perf_counter()
        response = chat.sample()
        usage = response.usage
        return Completion(
            text=response.content,
            model=self.model,
            input_tokens=usage.prompt_tokens,
            output_tokens=usage.completion_tokens,
            latency_s=time.perf_counter() - t0,
            finish_reason=str(response.finish_reason),
            extra={"reasoning_tokens": usage.reasoning_tokens},
        )
