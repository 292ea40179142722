from __future__ import annotations

from typing import Any

from jobs.common.clients import get_together_client, get_together_openai_compat
from jobs.enrichers.base import Enricher


class TogetherEnricher(Enricher):
    provider = "together"

    def __init__(self, cfg: dict[str, Any], template, system=None, json_mode: bool = False) -> None:
        super().__init__(cfg, template, system)
        self.json_mode = json_mode
        # json mode is only reliable through the OpenAI-compatible endpoint
        self.client = get_together_openai_compat() if json_mode else get_together_client()

    def complete(self, prompt: str) -> str:
        msgs = [{"role": "system", "content": self.system}] if self.system else []
        msgs.append({"role": "user", "content": prompt})
        extra = {"response_format": {"type": "json_object"}} if self.json_mode else {}
        resp = self.client.chat.completions.create(
            model=self.cfg["together"]["model"],
            messages=msgs,
            max_tokens=512,
            **extra,
        )
        return resp.choices[0].message.content
