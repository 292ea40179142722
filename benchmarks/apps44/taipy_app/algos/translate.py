"""Summary translation for the EU offices (fr, de, es, it).

Uses litellm so ops can switch the model with an env var without a deploy.
"""
from __future__ import annotations

import asyncio
import logging
import os

import litellm

from llm import get_together_client

log = logging.getLogger(__name__)

TRANSLATE_MODEL = os.environ.get("TRANSLATE_MODEL", "gpt-4o-mini")
LANGS = {"fr": "French", "de": "German", "es": "Spanish", "it": "Italian"}

litellm.drop_params = True
litellm.num_retries = 2


async def _translate_one(text: str, lang: str) -> tuple[str, str]:
    resp = await litellm.acompletion(
        model=TRANSLATE_MODEL,
        messages=[
            {"role": "system", "content": f"Translate into {LANGS[lang]}. Keep markdown formatting."},
            {"role": "user", "content": text},
        ],
        temperature=0,
    )
    return lang, resp.choices[0].message.content


async def translate_all(text: str, langs: list[str] | None = None) -> dict[str, str]:
    langs = langs or list(LANGS)
    pairs = await asyncio.gather(*(_translate_one(text, lang) for lang in langs), return_exceptions=True)
    out: dict[str, str] = {}
    for item in pairs:
        if isinstance(item, Exception):
            log.warning("translation failed: %s", item)
            continue
        lang, translated = item
        out[lang] = translated
    return out


def translate_summaries(summaries: list[dict], langs: list[str] | None = None) -> list[dict]:
    rows = []
    for s in summaries:
        translations = asyncio.run(translate_all(s["summary"], langs))
        rows.append({**s, **{f"summary_{k}": v for k, v in translations.items()}})
    return rows


def detect_language(text: str) -> str:
    """Cheap language id with a small open model on Together (legacy completions API)."""
    resp = get_together_client().completions.create(
        model="meta-llama/Meta-Llama-3-8B-Instruct-Lite",
        prompt=f"ISO 639-1 code of the language of this text:\n{text[:500]}\nCode:",
        max_tokens=3,
        temperature=0,
    )
    code = resp.choices[0].text.strip().lower()[:2]
    return code if code.isalpha() else "en"


def stream_translation(text: str, lang: str):
    """Generator used by the chat page's /translate command."""
    for chunk in litellm.completion(
        model=TRANSLATE_MODEL,
        messages=[{"role": "user", "content": f"Translate into {LANGS.get(lang, lang)}:\n{text}"}],
        stream=True,
    ):
        delta = chunk.choices[0].delta.content
        if delta:
            yield delta
