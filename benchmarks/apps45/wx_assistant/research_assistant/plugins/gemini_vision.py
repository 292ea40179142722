"""Describe screenshots / figures with Gemini, and follow-up questions about them."""
from __future__ import annotations

import google.generativeai as genai
import PIL.Image

from research_assistant.config import get_api_key
from research_assistant.plugins.base import Plugin

MAX_INPUT_TOKENS = 30_000


class GeminiVisionPlugin(Plugin):
    name = "gemini_vision"
    label = "Describe image"

    def __init__(self, context):
        super().__init__(context)
        genai.configure(api_key=get_api_key("google"))
        self.model = genai.GenerativeModel("gemini-1.5-flash")
        self._chat = None

    def generate(self, text: str, image_path: str | None = None, **options) -> str:
        if image_path is None:
            return self.follow_up(text)
        img = PIL.Image.open(image_path)
        prompt = text or "Describe this figure for a research note: axes, trends, caveats."
        if self.model.count_tokens([img, prompt]).total_tokens > MAX_INPUT_TOKENS:
            return "Image too large for the vision model."
        parts = []
        for chunk in self.model.generate_content([img, prompt], stream=True):
            parts.append(chunk.text)
        self._chat = self.model.start_chat(history=[
            {"role": "user", "parts": [prompt]},
            {"role": "model", "parts": ["".join(parts)]},
        ])
        return "".join(parts)

    def follow_up(self, question: str) -> str:
        if self._chat is None:
            self._chat = self.model.start_chat()
        reply = self._chat.send_message(question)
        return reply.text
