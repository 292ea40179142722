import logging
import os
import time

import anthropic

from evalharness.adapters.base import ModelAdapter
from evalharness.adapters.registry import register_adapter
from evalharness.types import Completion, Prompt

log = logging.getLogger(__name__)

DEFAULT_MAX_TOKENS = 4096


@register_adapter("anthropic", "claude")
class AnthropicAdapter(ModelAdapter):
    """Claude via the Messages API.

    Long-context suites set `stream: true` in the model params: non-streaming requests with
    a large max_tokens are rejected by the SDK.
    """

    def __init__(self, spec):
        super().__init__(spec)
        # TODO(#212): switch to clients.get_anthropic_client() once the retry settings match
        self._client = anthropic.Anthropic(
            api_key=os.environ.get("ANTHROPIC_API_KEY"),
            max_retries=int(spec.params.get("max_retries", 4)),
        )
        self._stream = bool(spec.params.get("stream", False))

    def _messages(self, prompt):
        return [{"role": m.role, "content": m.content} for m in prompt.messages if m.role != "system"]

    def _kwargs(self, prompt):
        kwargs = dict(
            model=self.model,
            max_tokens=prompt.max_tokens or self.spec.params.get("max_tokens", DEFAULT_MAX_TOKENS),
            messages=self._messages(prompt),
            temperature=self.temperature(prompt),
        )
        if prompt.system:
            kwargs["system"] = prompt.system
        if prompt.stop:
            kwargs["stop_sequences"] = prompt.stop
        if "thinking_budget" in self.spec.params:
            kwargs["thinking"] = {"type": "enabled", "budget_tokens": self.spec.params["thinking_budget"]}
            kwargs.pop("temperature")
        return kwargs

    def generate(self, prompt):
        if self._stream:
            return self._generate_streaming(prompt)
        t0 = time.perf_counter()
        message = self._client.messages.create(**self._kwargs(prompt))
        text = "".join(block.text for block in message.content if block.type == "text")
        return Completion(
            text=text,
            model=message.model,
            input_tokens=message.usage.input_tokens,
            output_tokens=message.usage.output_tokens,
            latency_s=time.perf_counter() - t0,
            finish_reason=message.stop_reason,
        )

    def _generate_streaming(self, prompt):
        t0 = time.perf_counter()
        first_token_at = None
        parts = []
        with self._client.messages.stream(**self._kwargs(prompt)) as stream:
            for text in stream.text_stream:
                if first_token_at is None:
                    first_token_at = time.perf_counter() - t0
                parts.append(text)
            final = stream.get_final_message()
        return Completion(
            text="".join(parts),
            model=final.model,
            input_tokens=final.usage.input_tokens,
            output_tokens=final.usage.output_tokens,
            latency_s=time.perf_counter() - t0,
            finish_reason=final.stop_reason,
            extra={"ttft_s": first_token_at},
        )

    def close(self):
        self._client.close()
