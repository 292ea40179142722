"""Old single-provider wrapper. New code: providers.registry.get_provider."""
from __future__ import annotations

import anthropic


class LegacyLLM:
    def __init__(self, model: str = "claude-3-haiku-20240307"):
        self._client = anthropic.Anthropic()
        self.model = model
        self.history = []

    def chat(self, text: str) -> str:
        self.history.append({"role": "user", "content": text})
        msg = self._client.messages.create(
            model=self.model, max_tokens=512, messages=self.history[-10:]
        )
        reply = msg.content[0].text
        self.history.append({"role": "assistant", "content": reply})
        return reply

    def reset(self):
        self.history.clear()
