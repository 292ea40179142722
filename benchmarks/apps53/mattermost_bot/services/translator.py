"""Translation service (Claude by default, Gemini for long texts)."""
from __future__ import annotations

import anthropic
from google import genai

from services.prompts import TRANSLATE_SYSTEM

LONG_TEXT_CHARS = 6000


class Translator:
    def __init__(
        self,
        anthropic_client: anthropic.AsyncAnthropic,
        genai_client: genai.Client,
        model: str = "claude-3-5-haiku-latest",
        long_model: str = "gemini-2.0-flash",
    ) -> None:
        self._claude = anthropic_client
        self._gemini = genai_client
        self.model = model
        self.long_model = long_model

    async def translate(self, text: str, target: str) -> str:
        if len(text) > LONG_TEXT_CHARS:
            return await self._translate_long(text, target)
        msg = await self._claude.messages.create(
            model=self.model,
            max_tokens=2048,
            system=TRANSLATE_SYSTEM.format(target=target),
            messages=[{"role": "user", "content": text}],
        )
        return msg.content[0].text

    async def _translate_long(self, text: str, target: str) -> str:
        resp = await self._gemini.aio.models.generate_content(
            model=self.long_model,
            contents=f"{TRANSLATE_SYSTEM.format(target=target)}\n\n---\n{text}",
        )
        return resp.text or ""

    async def detect_language(self, text: str) -> str:
        msg = await self._claude.messages.create(
            model=self.model,
            max_tokens=10,
            messages=[{"role": "user", "content": f"Which language is this? Reply with the ISO code only.\n\n{text[:500]}"}],
        )
        return msg.content[0].text.strip().lower()
