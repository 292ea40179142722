"""Language detection. Cheap heuristic first, small HF model when unsure."""
from __future__ import annotations

import logging
import os

from huggingface_hub import InferenceClient

from common.prompts import LANGUAGE_PROMPT
from common.schema import SupportMessage

log = logging.getLogger(__name__)

# Tiny model, separate from the chat model the rest of the app uses.
_detector = InferenceClient(model="Qwen/Qwen2.5-1.5B-Instruct", token=os.environ.get("HF_TOKEN"))

_COMMON = {
    "en": {"the", "and", "please", "thanks", "hello", "account"},
    "de": {"und", "bitte", "danke", "nicht", "konto", "ich"},
    "fr": {"bonjour", "merci", "compte", "est", "pas", "je"},
    "es": {"hola", "gracias", "cuenta", "por", "favor", "no"},
}


def guess(text: str) -> tuple[str | None, float]:
    words = set(text.lower().split())
    best, best_hits = None, 0
    for lang, vocab in _COMMON.items():
        hits = len(words & vocab)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best, min(1.0, best_hits / 3)


def detect_language(msg: SupportMessage) -> SupportMessage:
    if msg.language:
        return msg
    lang, confidence = guess(msg.body)
    if confidence < 0.67:
        try:
            out = _detector.text_generation(
                LANGUAGE_PROMPT.format(text=msg.body[:500]),
                max_new_tokens=4,
                temperature=0.01,
            )
            lang = out.strip().lower()[:2] or lang
        except Exception:  # noqa: BLE001
            log.debug("hf language detection failed", exc_info=True)
    msg.language = lang or "en"
    return msg
