"""Anthropic provider (direct API or via Bedrock with AnthropicBedrock)."""
from typing import Iterator

from chalicelib.clients import anthropic_bedrock, anthropic_client
from chalicelib.config import settings
from chalicelib.providers.base import Completion, LLMProvider, split_system


class AnthropicProvider(LLMProvider):
    name = "anthropic"

    def __init__(self, use_bedrock: bool = False):
        self.use_bedrock = use_bedrock
        self._client = anthropic_bedrock if use_bedrock else anthropic_client
        self.default_model = (
            settings.default_bedrock_model if use_bedrock else settings.anthropic_model
        )

    def complete(self, messages, model=None, system=None, max_tokens=1024, temperature=0.2):
        sys_from_msgs, messages = split_system(messages)
        params = dict(
            model=model or self.default_model,
            max_tokens=max_tokens,
            temperature=temperature,
            messages=messages,
        )
        if system or sys_from_msgs:
            params["system"] = system or sys_from_msgs
        msg = self._client.messages.create(**params)
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(
            text=text,
            model=msg.model,
            provider="anthropic-bedrock" if self.use_bedrock else self.name,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            stop_reason=msg.stop_reason,
        )

    def stream(self, messages, model=None, system=None, max_tokens=1024, temperature=0.2) -> Iterator[str]:
        sys_from_msgs, messages = split_system(messages)
        with self._client.messages.stream(
            model=model or self.default_model,
            max_tokens=max_tokens,
            system=system or sys_from_msgs or "",
            messages=messages,
        ) as stream:
            for text in stream.text_stream:
                yield text

    def count_tokens(self, messages, model=None) -> int:
        # direct API only; Bedrock has its own count_tokens on bedrock-runtime
        result = anthropic_client.messages.count_tokens(
            model=model or settings.anthropic_model, messages=messages
        )
        return result.input_tokens
