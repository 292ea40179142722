"""Runs prompts against a local Ollama model (privacy mode)."""
from __future__ import annotations

import asyncio

import ollama

from research_assistant.config import get_setting
from research_assistant.plugins.base import Plugin


class LocalLLMPlugin(Plugin):
    name = "local_llm"
    label = "Ask local model"

    def __init__(self, context):
        super().__init__(context)
        self.model = context.settings.get("local_model", "llama3.1")

    def available(self) -> bool:
        try:
            names = {m.model.split(":")[0] for m in ollama.list().models}
        except Exception:
            return False
        return self.model in names

    async def _ask(self, text: str) -> str:
        client = ollama.AsyncClient(host=get_setting("ollama_host"))
        resp = await client.chat(model=self.model, messages=[{"role": "user", "content": text}])
        return resp.message.content

    def generate(self, text: str, **options) -> str:
        return asyncio.run(self._ask(text))
