"""Gemini backend (google-genai SDK; works against both AI Studio and Vertex)."""
from __future__ import annotations

from typing import Any, Dict, Iterator, List, Optional, Sequence

from llmkit.backends import register_backend
from llmkit.backends.base import BaseBackend, ChatMessage, Completion
from llmkit.clients import get_genai_client
from llmkit.retry import retry


def _contents(messages: Sequence[ChatMessage]) -> List[Dict[str, Any]]:
    return [
        {"role": "model" if m.role == "assistant" else "user", "parts": [{"text": m.content}]}
        for m in messages
        if m.role != "system"
    ]


@register_backend("google")
class GeminiBackend(BaseBackend):
    supports_streaming = True

    def __init__(self, settings, client=None) -> None:
        super().__init__(settings)
        self._client = client if client is not None else get_genai_client()
        self.default_model = settings.gemini_model

    def _config(self, messages: Sequence[ChatMessage], max_tokens: int, temperature: float) -> Dict[str, Any]:
        system, _ = self.split_system(messages)
        config: Dict[str, Any] = {"max_output_tokens": max_tokens, "temperature": temperature}
        if system:
            config["system_instruction"] = system
        return config

    @retry(attempts=3)
    def generate(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
                 max_tokens: int = 1024, temperature: float = 0.2) -> Completion:
        model = model or self.default_model
        resp = self._client.models.generate_content(
            model=model,
            contents=_contents(messages),
            config=self._config(messages, max_tokens, temperature),
        )
        meta = resp.usage_metadata
        return Completion(
            text=resp.text or "",
            model=model,
            provider=self.name,
            input_tokens=(meta.prompt_token_count or 0) if meta else 0,
            output_tokens=(meta.candidates_token_count or 0) if meta else 0,
        )

    def stream(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
               max_tokens: int = 1024, temperature: float = 0.2) -> Iterator[str]:
        for chunk in self._client.models.generate_content_stream(
            model=model or self.default_model,
            contents=_contents(messages),
            config=self._config(messages, max_tokens, temperature),
        ):
            if chunk.text:
                yield chunk.text

    def count_tokens(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None) -> int:
        result = self._client.models.count_tokens(model=model or self.default_model,
                                                  contents=_contents(messages))
        return result.total_tokens or 0
