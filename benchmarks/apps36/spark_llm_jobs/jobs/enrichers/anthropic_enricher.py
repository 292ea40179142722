from __future__ import annotations

from typing import Any

from jobs.common import get_anthropic_client, with_backoff
from jobs.enrichers.base import Enricher


class AnthropicEnricher(Enricher):
    provider = "anthropic"

    def __init__(self, cfg: dict[str, Any], template, system=None) -> None:
        super().__init__(cfg, template, system)
        self._client = get_anthropic_client()
        self._create = with_backoff(self._client.messages.create)

    def complete(self, prompt: str) -> str:
        kwargs = dict(
            model=self.cfg["anthropic"]["model"],
            max_tokens=512,
            messages=[{"role": "user", "content": prompt}],
        )
        if self.system:
            kwargs["system"] = self.system
        msg = self._create(**kwargs)
        return "".join(b.text for b in msg.content if b.type == "text")

    def prompt_tokens(self, prompt: str) -> int:
        counted = self._client.messages.count_tokens(
            model=self.cfg["anthropic"]["model"],
            messages=[{"role": "user", "content": prompt}],
        )
        return counted.input_tokens
