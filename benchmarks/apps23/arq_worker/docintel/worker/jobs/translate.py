"""Page-by-page translation of documents into the tenant's working language."""
from __future__ import annotations

import asyncio
import functools

import structlog
from anthropic import AsyncAnthropic
from openai import APIError, RateLimitError

from docintel.worker.context import openai_client, repo_of, settings_of

log = structlog.get_logger(__name__)

LANG_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch", "en": "English"}


def _translation_messages(page: str, target: str) -> list[dict]:
    return [
        {
            "role": "system",
            "content": f"Translate the user's text into {LANG_NAMES.get(target, target)}. "
            "Preserve numbers, dates, table layout and legal terms of art.",
        },
        {"role": "user", "content": page},
    ]


async def translate_document(ctx: dict, doc_id: str, target_lang: str = "en") -> int:
    repo = repo_of(ctx)
    doc = await repo.get(doc_id)
    settings = settings_of(ctx)
    client = openai_client(ctx)
    translate_page = functools.partial(
        client.chat.completions.create, model=settings.openai_chat_model, temperature=0
    )
    sem = asyncio.Semaphore(5)

    async def _one(page: str) -> str:
        async with sem:
            try:
                resp = await translate_page(messages=_translation_messages(page, target_lang))
                return resp.choices[0].message.content or ""
            except RateLimitError:
                return await _translate_with_claude(settings, page, target_lang)

    translated = await asyncio.gather(*(_one(p) for p in doc.pages))
    await repo.pool.execute(
        "INSERT INTO translations (document_id, lang, pages) VALUES ($1, $2, $3) "
        "ON CONFLICT (document_id, lang) DO UPDATE SET pages = EXCLUDED.pages",
        doc_id, target_lang, list(translated),
    )
    return len(translated)


async def _translate_with_claude(settings, page: str, target_lang: str) -> str:
    # Fallback when OpenAI rate-limits us during month-end batches.
    fallback = AsyncAnthropic(api_key=settings.anthropic_api_key.get_secret_value(), max_retries=1)
    message = await fallback.messages.create(
        model=settings.anthropic_fast_model,
        max_tokens=4096,
        system=_translation_messages(page, target_lang)[0]["content"],
        messages=[{"role": "user", "content": page}],
    )
    return message.content[0].text


async def detect_language(ctx: dict, doc_id: str) -> str:
    doc = await repo_of(ctx).get(doc_id)
    try:
        resp = await openai_client(ctx).chat.completions.create(
            model="gpt-4.1-nano",
            messages=[
                {"role": "system", "content": "Reply with the ISO 639-1 code of the text's language."},
                {"role": "user", "content": (doc.text or "")[:1500]},
            ],
            max_tokens=3,
        )
    except APIError as exc:
        log.warning("detect_language_failed", error=str(exc))
        return "und"
    return (resp.choices[0].message.content or "und").strip().lower()[:2]
