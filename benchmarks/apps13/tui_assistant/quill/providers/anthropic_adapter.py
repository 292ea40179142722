from __future__ import annotations

import logging
from typing import Iterator, List, Optional

from quill.models import clients
from quill.providers import ProviderAdapter, register

log = logging.getLogger(__name__)

CACHE_CONTROL = {"type": "ephemeral"}


@register("anthropic")
class AnthropicAdapter(ProviderAdapter):
    def __init__(self, model):
        super().__init__(model)
        self.client = clients.anthropic_client()

    def _prepare(self, messages: List[dict]):
        system, rest = self.split_system(messages)
        system_blocks = []
        if system:
            block = {"type": "text", "text": system}
            if self.settings.cache_control:
                block["cache_control"] = CACHE_CONTROL
            system_blocks.append(block)
        converted = []
        for msg in rest:
            content = msg["content"]
            if isinstance(content, str):
                content = [{"type": "text", "text": content}]
            converted.append({"role": msg["role"], "content": content})
        if self.settings.cache_control and converted:
            # cache everything up to the last user turn (repo map + files)
            converted[-1]["content"][-1]["cache_control"] = CACHE_CONTROL
        return system_blocks, converted

    def _params(self, messages, temperature):
        system, converted = self._prepare(messages)
        params = dict(
            model=self.model.name,
            max_tokens=self.settings.max_output_tokens,
            messages=converted,
        )
        if system:
            params["system"] = system
        if temperature is not None:
            params["temperature"] = temperature
        return params

    def count_tokens(self, messages: List[dict]) -> int:
        system, converted = self._prepare(messages)
        result = self.client.messages.count_tokens(
            model=self.model.name, system=system or [], messages=converted
        )
        return result.input_tokens

    def complete(self, messages: List[dict], temperature: Optional[float] = None) -> str:
        response = self.client.messages.create(**self._params(messages, temperature))
        self.last_usage = {
            "input": response.usage.input_tokens,
            "output": response.usage.output_tokens,
            "cache_read": response.usage.cache_read_input_tokens or 0,
        }
        return "".join(block.text for block in response.content if block.type == "text")

    def stream(self, messages: List[dict], temperature: Optional[float] = None) -> Iterator[str]:
        with self.client.messages.stream(**self._params(messages, temperature)) as stream:
            for text in stream.text_stream:
                yield text
            final = stream.get_final_message()
        self.last_usage = {
            "input": final.usage.input_tokens,
            "output": final.usage.output_tokens,
        }
