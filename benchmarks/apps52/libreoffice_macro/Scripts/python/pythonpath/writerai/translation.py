"""Translation of selections and of whole Calc columns."""
import logging
from concurrent.futures import ThreadPoolExecutor

from writerai.prompts import TRANSLATE_SYSTEM
from writerai.providers import make_backend

log = logging.getLogger("writerai.translation")

LANG_CODES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish",
    "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "pl": "Polish",
}


def normalise_language(value):
    value = (value or "").strip()
    return LANG_CODES.get(value.lower(), value or "English")


class Translator:
    def __init__(self, settings, backend=None):
        self.settings = settings
        self.backend = backend or make_backend(settings)

    def translate(self, text, language=None):
        language = normalise_language(language or self.settings.target_language)
        if not text.strip():
            return text
        return self.backend.complete(TRANSLATE_SYSTEM.format(language=language), text)

    def translate_many(self, texts, language=None, workers=4):
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(lambda t: self.translate(t, language), texts))


def quick_translate_groq(client, text, language, model="llama-3.1-8b-instant"):
    """Used by the 'Translate word' context-menu entry: cheapest, fastest path."""
    out = client.chat.completions.create(
        model=model,
        temperature=0,
        messages=[
            {"role": "system", "content": TRANSLATE_SYSTEM.format(language=language)},
            {"role": "user", "content": text},
        ],
    )
    return out.choices[0].message.content
