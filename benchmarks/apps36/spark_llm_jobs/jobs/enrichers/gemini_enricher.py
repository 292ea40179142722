from __future__ import annotations

from typing import Any

from google.genai import types

from jobs.common.clients import client_for
from jobs.enrichers.base import Enricher


class GeminiEnricher(Enricher):
    provider = "google"

    def __init__(self, cfg: dict[str, Any], template, system=None) -> None:
        super().__init__(cfg, template, system)
        self.client = client_for("google", cfg)
        self.config = types.GenerateContentConfig(
            system_instruction=system,
            temperature=0.0,
            max_output_tokens=1024,
            response_mime_type="application/json",
        )

    def complete(self, prompt: str) -> str:
        response = self.client.models.generate_content(
            model=self.cfg["google"]["model"],
            contents=prompt,
            config=self.config,
        )
        return response.text

    def complete_streaming(self, prompt: str) -> str:
        parts = []
        for chunk in self.client.models.generate_content_stream(model=self.cfg["google"]["model"], contents=prompt):
            if chunk.text:
                parts.append(chunk.text)
        return "".join(parts)
