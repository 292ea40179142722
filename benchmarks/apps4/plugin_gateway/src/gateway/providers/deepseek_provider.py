from __future__ import annotations

from typing import Tuple

import openai

from gateway.providers.base import BaseProvider
from gateway.providers.registry import register

DEEPSEEK_BASE_URL = "https://api.deepseek.com"


@register("deepseek")
class DeepSeekProvider(BaseProvider):
    supports_embeddings = False

    def __init__(self, settings=None) -> None:
        super().__init__(settings)
        self._sync = openai.OpenAI(api_key=self.settings.deepseek_api_key, base_url=DEEPSEEK_BASE_URL)

    @property
    def client(self) -> openai.OpenAI:
        return self._sync

    def reason(self, problem: str, max_tokens: int = 4000) -> Tuple[str, str]:
        """Returns (reasoning, answer) from deepseek-reasoner."""
        resp = self._sync.chat.completions.create(
            model="deepseek-reasoner",
            messages=[{"role": "user", "content": problem}],
            max_tokens=max_tokens,
        )
        message = resp.choices[0].message
        return getattr(message, "reasoning_content", "") or "", message.content or ""
