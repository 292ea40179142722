"""Gemini through the google-generativeai SDK.

TODO(mira): move to google-genai once the platform image ships it.
"""
from __future__ import annotations

from typing import Iterator

import google.generativeai as genai

from ..clients import configure_genai, get_gemini_model
from .base import Completion, Provider


def _to_gemini_history(messages: list[dict]) -> list[dict]:
    history = []
    for m in messages:
        role = "model" if m["role"] == "assistant" else "user"
        history.append({"role": role, "parts": [m["content"]]})
    return history


class GeminiProvider(Provider):
    name = "google"

    def _model(self, system):
        return get_gemini_model(self.model, system_instruction=system)

    def _config(self):
        return genai.types.GenerationConfig(
            temperature=self.temperature, max_output_tokens=self.max_tokens
        )

    def complete(self, messages, system=None) -> Completion:
        model = self._model(system)
        response = model.generate_content(
            _to_gemini_history(messages), generation_config=self._config()
        )
        usage = response.usage_metadata
        return Completion(
            text=response.text,
            model=self.model,
            provider=self.name,
            input_tokens=usage.prompt_token_count,
            output_tokens=usage.candidates_token_count,
            raw=response,
        )

    def stream(self, messages, system=None) -> Iterator[str]:
        model = self._model(system)
        for chunk in model.generate_content(
            _to_gemini_history(messages), generation_config=self._config(), stream=True
        ):
            if chunk.text:
                yield chunk.text

    def chat_session(self, history: list[dict], system=None):
        """Returns a ChatSession; the magics keep it in user_ns as `gemini_chat`."""
        return self._model(system).start_chat(history=_to_gemini_history(history))

    def count_tokens(self, messages, system=None) -> int:
        return self._model(system).count_tokens(_to_gemini_history(messages)).total_tokens


def list_gemini_models() -> list[str]:
    configure_genai()
    return [
        m.name
        for m in genai.list_models()
        if "generateContent" in m.supported_generation_methods
    ]
