"""v1 summarizer (2023). Wraps DeepSeek through the OpenAI SDK.

The public method is called ``completion`` for historical reasons; callers
treat it as a black box.
"""
from __future__ import annotations

import os

from openai import OpenAI

STYLES = {
    "changelog": "Summarise this deploy changelog in 5 bullets, grouped by service.",
    "incident": "Summarise this incident timeline in 4 sentences.",
    "default": "Summarise the following text.",
}


class Summarizer:
    def __init__(self, model: str = "deepseek-chat", max_chars: int = 20000) -> None:
        self.model = model
        self.max_chars = max_chars
        self._client = None

    @property
    def client(self) -> OpenAI:
        if self._client is None:
            self._client = OpenAI(
                api_key=os.environ.get("DEEPSEEK_API_KEY"),
                base_url="https://api.deepseek.com",
            )
        return self._client

    def completion(self, text: str, style: str = "default") -> str:
        text = text[-self.max_chars:]
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": STYLES.get(style, STYLES["default"])},
                {"role": "user", "content": text},
            ],
            temperature=0.2,
        )
        return resp.choices[0].message.content

    def completion_many(self, texts: list[str], style: str = "default") -> list[str]:
        return [self.completion(t, style) for t in texts]
