"""Language detection (local, no API calls)."""
from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect

DetectorFactory.seed = 0

ALIASES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish",
    "ja": "Japanese", "pt": "Portuguese", "pl": "Polish", "uk": "Ukrainian",
}


def language_of(text: str) -> str:
    try:
        return detect(text)
    except LangDetectException:
        return "unknown"


def display_name(code_or_name: str) -> str:
    return ALIASES.get(code_or_name.lower(), code_or_name)
