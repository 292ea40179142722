"""Anthropic Claude backend."""
from __future__ import annotations

from .._image_utils import to_base64_png
from .._settings import get_settings
from . import clients


def _image_block(img) -> dict:
    return {
        "type": "image",
        "source": {"type": "base64", "media_type": "image/png", "data": to_base64_png(img)},
    }


class ClaudeAssistant:
    def __init__(self, model: str | None = None):
        self._client = clients.get_anthropic_client()
        self.model = model or get_settings().anthropic_model

    def ask(self, question: str, img=None, system: str = "") -> str:
        content = [_image_block(img)] if img is not None else []
        content.append({"type": "text", "text": question})
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=get_settings().max_tokens,
            system=system,
            messages=[{"role": "user", "content": content}],
        )
        return "".join(b.text for b in msg.content if b.type == "text")

    def ask_streaming(self, question: str, img=None, system: str = "", on_text=None) -> str:
        content = [_image_block(img)] if img is not None else []
        content.append({"type": "text", "text": question})
        with self._client.messages.stream(
            model=self.model,
            max_tokens=get_settings().max_tokens,
            system=system,
            messages=[{"role": "user", "content": content}],
        ) as stream:
            for text in stream.text_stream:
                if on_text is not None:
                    on_text(text)
            final = stream.get_final_message()
        return "".join(b.text for b in final.content if b.type == "text")

    def estimate_tokens(self, question: str) -> int:
        return self._client.messages.count_tokens(
            model=self.model, messages=[{"role": "user", "content": question}]
        ).input_tokens
