"""`translate <lang>: text` and the auto-translate webhook for the support channel."""
from __future__ import annotations

import re

from mmpy_bot import Message, Plugin, WebHookEvent, listen_to, listen_webhook

from services.translator import Translator

LANGS = {"de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "ja": "Japanese", "en": "English"}


class TranslatePlugin(Plugin):
    def __init__(self, translator: Translator) -> None:
        super().__init__()
        self.translator = translator

    @listen_to(r"^translate (\w\w):\s*(.+)$", re.S)
    async def translate(self, message: Message, lang: str, text: str):
        target = LANGS.get(lang.lower())
        if target is None:
            self.driver.reply_to(message, f"Unknown language `{lang}`. Try one of {', '.join(LANGS)}.")
            return
        out = await self.translator.translate(text, target)
        self.driver.reply_to(message, out)

    @listen_webhook("support-translate")
    async def support_translate(self, event: WebHookEvent):
        body = event.body or {}
        text = body.get("text", "")
        lang = await self.translator.detect_language(text)
        if lang.startswith("en"):
            self.driver.respond(event, {"translated": False})
            return
        english = await self.translator.translate(text, "English")
        self.driver.respond(event, {"translated": True, "source": lang, "text": english})
