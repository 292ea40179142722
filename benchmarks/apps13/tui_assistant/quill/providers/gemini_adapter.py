"""Gemini via the google-genai SDK.

TODO(ml): move client construction into quill.models.clients like the others;
this adapter predates that module and still builds its own client so that it can
pass http_options for the Vertex proxy some users run.
"""

from __future__ import annotations

import logging
import os
from typing import Iterator, List, Optional

from google import genai
from google.genai import types

from quill.config import get_settings
from quill.providers import ProviderAdapter, register

log = logging.getLogger(__name__)

THINKING_MODELS = ("gemini-2.5-pro", "gemini-2.5-flash")


def _make_client() -> genai.Client:
    base_url = os.environ.get("QUILL_GEMINI_BASE_URL")
    http_options = types.HttpOptions(base_url=base_url) if base_url else None
    return genai.Client(api_key=get_settings().gemini_api_key, http_options=http_options)


def to_contents(messages: List[dict]) -> List[types.Content]:
    contents = []
    for msg in messages:
        if msg["role"] == "system":
            continue
        role = "model" if msg["role"] == "assistant" else "user"
        text = msg["content"] if isinstance(msg["content"], str) else "".join(
            part.get("text", "") for part in msg["content"]
        )
        contents.append(types.Content(role=role, parts=[types.Part.from_text(text=text)]))
    return contents


@register("gemini")
class GeminiAdapter(ProviderAdapter):
    def __init__(self, model):
        super().__init__(model)
        self.client = _make_client()

    def _config(self, messages: List[dict], temperature: Optional[float]) -> types.GenerateContentConfig:
        system, _ = self.split_system(messages)
        config = types.GenerateContentConfig(
            system_instruction=system or None,
            max_output_tokens=self.settings.max_output_tokens,
        )
        if temperature is not None:
            config.temperature = temperature
        if self.model.name in THINKING_MODELS:
            budget = self.settings.extra_params.get("thinking_budget")
            if budget is not None:
                config.thinking_config = types.ThinkingConfig(thinking_budget=budget)
        return config

    def _record(self, usage) -> None:
        if usage is None:
            return
        self.last_usage = {
            "input": usage.prompt_token_count or 0,
            "output": usage.candidates_token_count or 0,
        }

    def count_tokens(self, messages: List[dict]) -> int:
        result = self.client.models.count_tokens(model=self.model.name, contents=to_contents(messages))
        return result.total_tokens or 0

    def complete(self, messages: List[dict], temperature: Optional[float] = None) -> str:
        response = self.client.models.generate_content(
            model=self.model.name,
            contents=to_contents(messages),
            config=self._config(messages, temperature),
        )
        self._record(response.usage_metadata)
        return response.text or ""

    def stream(self, messages: List[dict], temperature: Optional[float] = None) -> Iterator[str]:
        for chunk in self.client.models.generate_content_stream(
            model=self.model.name,
            contents=to_contents(messages),
            config=self._config(messages, temperature),
        ):
            if chunk.usage_metadata:
                self._record(chunk.usage_metadata)
            if chunk.text:
                yield chunk.text
