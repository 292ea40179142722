"""Pub/Sub function: translate generated copy into the target locales.

Message: {"listing_id": "...", "kind": "description", "text": "...", "locales": ["de-DE", ...]}
"""
from __future__ import annotations

import asyncio
import logging

import functions_framework
from cloudevents.http import CloudEvent

from common import get_mistral_client, get_settings
from common.config import SUPPORTED_LOCALES
from common.firestore_store import GeneratedContent, mark_processed, save_generated
from common.prompts import TRANSLATE
from common.pubsub import decode_pubsub_event

from glossary import GlossaryMatcher
from quality import score_translation

log = logging.getLogger("translate_content")

_matcher: GlossaryMatcher | None = None

LANG_NAMES = {"en-GB": "English", "de-DE": "German", "fr-FR": "French",
              "es-ES": "Spanish", "it-IT": "Italian", "nl-NL": "Dutch"}


def matcher() -> GlossaryMatcher:
    global _matcher
    if _matcher is None:
        _matcher = GlossaryMatcher(get_mistral_client())
    return _matcher


def translate_one(text: str, target: str) -> str:
    terms = matcher().relevant_terms(text.split(". "), target)
    prompt = TRANSLATE.substitute(source="English", target=LANG_NAMES[target],
                                  glossary=GlossaryMatcher.render(terms), text=text)
    resp = get_mistral_client().chat.complete(
        model=get_settings().mistral_model,
        messages=[{"role": "user", "content": prompt}],
        temperature=0.1,
    )
    return resp.choices[0].message.content.strip()


async def _translate_async(client, text: str, target: str) -> tuple[str, str]:
    prompt = TRANSLATE.substitute(source="English", target=LANG_NAMES[target],
                                  glossary="(none)", text=text)
    resp = await client.chat.complete_async(
        model=get_settings().mistral_model,
        messages=[{"role": "user", "content": prompt}],
        temperature=0.1,
    )
    return target, resp.choices[0].message.content.strip()


async def translate_many(text: str, targets: list[str]) -> dict[str, str]:
    client = get_mistral_client()
    results = await asyncio.gather(*(_translate_async(client, text, t) for t in targets))
    return dict(results)


@functions_framework.cloud_event
def translate_content(cloud_event: CloudEvent) -> None:
    payload = decode_pubsub_event(cloud_event)
    if not mark_processed(payload["_message_id"]):
        return
    listing_id = payload["listing_id"]
    text = payload["text"]
    targets = [l for l in payload.get("locales", SUPPORTED_LOCALES) if l != "en-GB" and l in LANG_NAMES]

    if payload.get("fast"):
        # bulk imports: no glossary, all locales concurrently
        translations = asyncio.run(translate_many(text, targets))
    else:
        translations = {t: translate_one(text, t) for t in targets}

    for locale, translated in translations.items():
        qa = score_translation(text, translated, locale)
        record = GeneratedContent.create(
            listing_id, payload.get("kind", "description"), translated,
            model=get_settings().mistral_model, provider="mistral", locale=locale,
        )
        if qa.get("adequacy", 0) < 3:
            record.status = "needs_review"
            log.warning("%s %s: low QA score %s", listing_id, locale, qa)
        save_generated(record)
