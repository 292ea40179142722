"""Translate tickets / replies for the EMEA and LATAM offices.

NOTE: written before the extension existed, so it keeps its own module level
client.  TODO(marta): switch to get_openai() - blocked on the Celery removal.
"""
import logging
import os
from functools import lru_cache

from openai import OpenAI

log = logging.getLogger(__name__)

_client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))

SUPPORTED = {"en", "es", "pt", "fr", "de", "it", "nl", "pl"}


def translate(text: str, target_lang: str, source_lang: str = "auto") -> str:
    if target_lang not in SUPPORTED:
        raise ValueError(f"unsupported language {target_lang}")
    if not text.strip():
        return text
    resp = _client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0,
        messages=[
            {
                "role": "system",
                "content": f"Translate from {source_lang} to {target_lang}. "
                "Keep names, numbers and formatting. Output only the translation.",
            },
            {"role": "user", "content": text},
        ],
    )
    return resp.choices[0].message.content or text


@lru_cache(maxsize=512)
def translate_cached(text: str, target_lang: str) -> str:
    return translate(text, target_lang)


def detect_language(text: str) -> str:
    """Cheap heuristic; good enough for routing, do not call a model for this."""
    sample = text.lower()
    hints = {
        "es": (" el ", " la ", " que ", "¿"),
        "pt": (" não ", " você ", " obrigado"),
        "fr": (" le ", " les ", " vous ", " est "),
        "de": (" der ", " die ", " und ", " nicht "),
    }
    best, best_hits = "en", 0
    for lang, words in hints.items():
        hits = sum(sample.count(w) for w in words)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best
