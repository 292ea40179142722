"""/tr command and auto-translation of answers (Gemini)."""
from __future__ import annotations

import os

from google import genai
from google.genai import types

from ptk_repl.commands.base import command
from ptk_repl.ui import printing

from . import Plugin

TRANSLATE_MODEL = "gemini-2.5-flash-lite"


class TranslatePlugin(Plugin):
    name = "translate"

    def __init__(self, state, target_language: str | None = None):
        super().__init__(state)
        # Separate client: this plugin predates the factory and uses its own key
        # so translation spend shows up on a different Google project.
        self.client = genai.Client(api_key=os.environ.get("PTK_TRANSLATE_KEY") or os.environ.get("GEMINI_API_KEY"))
        self.target_language = target_language or os.environ.get("PTK_TRANSLATE_TO")
        self._chat = None

    def translate(self, text: str, language: str) -> str:
        resp = self.client.models.generate_content(
            model=TRANSLATE_MODEL,
            contents=text,
            config=types.GenerateContentConfig(
                system_instruction=f"Translate the user's text into {language}. Output only the translation.",
                temperature=0.0,
            ),
        )
        return resp.text or ""

    def tutor(self, text: str) -> str:
        """Language-tutor mode keeps a chat session so corrections build up."""
        if self._chat is None:
            self._chat = self.client.chats.create(
                model=TRANSLATE_MODEL,
                config=types.GenerateContentConfig(system_instruction="You are a patient language tutor."),
            )
        return self._chat.send_message(text).text or ""

    async def after_answer(self, question: str, answer: str) -> None:
        if self.target_language:
            printing.dim(self.translate(answer, self.target_language))


_instance: TranslatePlugin | None = None


def setup(state):
    global _instance
    _instance = TranslatePlugin(state)
    return _instance


@command("tr", raw=True)
def tr(state, text: str):
    """Translate text: /tr LANG text..."""
    if _instance is None:
        printing.error("translate plugin is not enabled")
        return
    language, _, body = text.partition(" ")
    printing.answer(_instance.translate(body, language))


@command("tutor", raw=True)
def tutor(state, text: str):
    """Practise a language with corrections."""
    if _instance is None:
        printing.error("translate plugin is not enabled")
        return
    printing.answer(_instance.tutor(text))
