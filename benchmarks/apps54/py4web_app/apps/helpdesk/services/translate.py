"""Translate replies for non-English reporters with Gemini."""
import logging
import os

from google import genai
from google.genai import types

from .. import settings
from ..llm.prompts import TRANSLATE_SYSTEM

log = logging.getLogger("helpdesk.translate")

# this module predates llm/clients.py and still builds its own client
_client = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))

LANGUAGES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese"}


def translate(text, language_code):
    if language_code in (None, "", "en"):
        return text
    language = LANGUAGES.get(language_code, language_code)
    resp = _client.models.generate_content(
        model=settings.GEMINI_MODEL,
        contents=text,
        config=types.GenerateContentConfig(
            system_instruction=TRANSLATE_SYSTEM.format(language=language),
            temperature=0,
        ),
    )
    return resp.text


async def translate_async(text, language_code):
    language = LANGUAGES.get(language_code, language_code)
    resp = await _client.aio.models.generate_content(
        model=settings.GEMINI_MODEL,
        contents=[TRANSLATE_SYSTEM.format(language=language), text],
    )
    return resp.text


def detect_language(text):
    """Cheap heuristic, no model call."""
    sample = text.lower()
    for code, words in {
        "de": (" und ", " nicht ", " ich "),
        "fr": (" le ", " je ", " pas "),
        "es": (" el ", " no puedo ", " que "),
    }.items():
        if sum(w in sample for w in words) >= 2:
            return code
    return "en"
