"""Anthropic Claude for prompt writing and layer critique."""
from __future__ import annotations

import base64

from .. import settings
from .base import TextBackend, TextResult
from .clients import anthropic_client
from .registry import register


@register("text", "anthropic")
class AnthropicTextBackend(TextBackend):
    def __init__(self, client=None) -> None:
        self.client = client or anthropic_client()

    def complete(self, system: str, prompt: str, max_tokens: int = 600) -> TextResult:
        cfg = settings.current()
        msg = self.client.messages.create(
            model=cfg.anthropic_model,
            max_tokens=max_tokens,
            system=system,
            messages=[{"role": "user", "content": prompt}],
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return TextResult(
            text=text,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
        )

    def describe_image(self, png_bytes: bytes, instruction: str) -> TextResult:
        cfg = settings.current()
        image_block = {
            "type": "image",
            "source": {
                "type": "base64",
                "media_type": "image/png",
                "data": base64.b64encode(png_bytes).decode("ascii"),
            },
        }
        msg = self.client.messages.create(
            model=cfg.anthropic_model,
            max_tokens=cfg.max_tokens,
            messages=[{"role": "user", "content": [image_block, {"type": "text", "text": instruction}]}],
        )
        return TextResult(
            text=msg.content[0].text,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
        )

    def stream_complete(self, system: str, prompt: str, on_delta, max_tokens: int = 600) -> TextResult:
        """Streams text into the docker as it arrives."""
        cfg = settings.current()
        with self.client.messages.stream(
            model=cfg.anthropic_model,
            max_tokens=max_tokens,
            system=system,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            for delta in stream.text_stream:
                on_delta(delta)
            final = stream.get_final_message()
        return TextResult(
            text="".join(b.text for b in final.content if b.type == "text"),
            model=final.model,
            input_tokens=final.usage.input_tokens,
            output_tokens=final.usage.output_tokens,
        )

    def estimate_tokens(self, system: str, prompt: str) -> int:
        cfg = settings.current()
        count = self.client.messages.count_tokens(
            model=cfg.anthropic_model,
            system=system,
            messages=[{"role": "user", "content": prompt}],
        )
        return count.input_tokens
