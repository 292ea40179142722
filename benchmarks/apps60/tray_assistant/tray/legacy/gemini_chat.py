"""Multi-turn Gemini chat from the 0.8 "conversation" window.

Kept because the conversation window still uses it; new code uses
tray.llm.backends.GeminiBackend.
"""
from __future__ import annotations

import asyncio
import os

from google import genai


class GeminiConversation:
    def __init__(self, model: str = "gemini-2.0-flash") -> None:
        self.client = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))
        self.model = model
        self.chat = self.client.chats.create(model=model)

    def say(self, text: str) -> str:
        reply = self.chat.send_message(text)
        return reply.text or ""

    def reset(self) -> None:
        self.chat = self.client.chats.create(model=self.model)

    async def quick_title(self, first_message: str) -> str:
        resp = await self.client.aio.models.generate_content(
            model=self.model,
            contents=f"Give a short title (max 5 words) for a chat starting with: {first_message}",
        )
        return (resp.text or "Untitled").strip()

    def quick_title_sync(self, first_message: str) -> str:
        return asyncio.run(self.quick_title(first_message))
