"""Translate assistant answers and KB articles with Gemini."""
import asyncio
import logging

from google.genai import types

from portal.llm import get_gemini_client

log = logging.getLogger("portal.translate")

SUPPORTED = {"de": "German", "fr": "French", "es": "Spanish", "ja": "Japanese", "pt": "Portuguese"}


class Translator:
    def __init__(self, model="gemini-2.0-flash"):
        self.model = model
        self._client = get_gemini_client()

    def translate(self, text, lang):
        if lang not in SUPPORTED:
            raise ValueError("unsupported language %s" % lang)
        response = self._client.models.generate_content(
            model=self.model,
            contents="Translate into %s. Keep product names unchanged.\n\n%s" % (SUPPORTED[lang], text),
            config=types.GenerateContentConfig(temperature=0.1, max_output_tokens=2048),
        )
        return response.text

    async def translate_many(self, text, langs):
        async def one(lang):
            resp = await self._client.aio.models.generate_content(
                model=self.model,
                contents="Translate into %s:\n\n%s" % (SUPPORTED[lang], text),
            )
            return lang, resp.text

        pairs = await asyncio.gather(*(one(lang) for lang in langs))
        return dict(pairs)

    def estimate_tokens(self, text):
        # count_tokens is free; used to decide whether to split long articles
        return self._client.models.count_tokens(model=self.model, contents=text).total_tokens

    def available_models(self):
        return [m.name for m in self._client.models.list()]
