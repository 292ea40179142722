"""Translation blueprint. Providers are picked per target language."""
from __future__ import annotations

import functools
import logging
from collections.abc import Callable

import procrastinate

from docproc.db import get_repository
from llm import get_async_openai, get_granite, get_mistral
from tasks.app import LLM_RETRY

logger = logging.getLogger(__name__)

bp = procrastinate.Blueprint()

_SYSTEM = "Translate the user's text into {lang}. Preserve formatting. Output only the translation."


def _mistral_translate(text: str, lang: str) -> str:
    complete = functools.partial(get_mistral().chat.complete, model="mistral-large-latest", temperature=0.1)
    resp = complete(
        messages=[{"role": "system", "content": _SYSTEM.format(lang=lang)}, {"role": "user", "content": text}]
    )
    return resp.choices[0].message.content


def _granite_translate(text: str, lang: str) -> str:
    model = get_granite()
    prompt = f"{_SYSTEM.format(lang=lang)}\n\nText:\n{text}\n\nTranslation:"
    return "".join(model.generate_text_stream(prompt=prompt, params={"max_new_tokens": 2048}))


TRANSLATORS: dict[str, Callable[[str, str], str]] = {
    "fr": _mistral_translate,
    "de": _mistral_translate,
    "es": _mistral_translate,
    "it": _mistral_translate,
    "pt": _granite_translate,
}


@bp.task(queue="llm", retry=LLM_RETRY)
async def translate_document(document_id: str, lang: str) -> str:
    repo = await get_repository()
    doc = await repo.get(document_id)
    if doc is None:
        return ""
    fn = TRANSLATORS.get(lang)
    if fn is not None:
        return fn(doc.body[:20000], lang)
    # everything else goes to OpenAI
    resp = await get_async_openai().chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": _SYSTEM.format(lang=lang)},
            {"role": "user", "content": doc.body[:20000]},
        ],
    )
    return resp.choices[0].message.content or ""
