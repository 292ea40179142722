"""Hourly listing translation into the storefront locales."""
from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

import ollama
from prefect import flow, task, unmapped
from prefect.task_runners import ConcurrentTaskRunner

from lib import prompts
from lib.clients import get_mistral
from lib.logging_utils import get_logger
from lib.schemas import Listing, Translation
from lib.settings import settings
from lib.warehouse import connect, listings_needing_translation, save_translations
from tasks.translation import (
    needs_long_path,
    preview_translation,
    translate_description,
    translate_long_description,
    translate_title,
)


@task
def load_glossary(tgt: str) -> List[Tuple[str, str]]:
    with connect() as conn:
        rows = conn.execute(
            "select source_term, target_term from catalogue.translation_glossary where locale = %s",
            (tgt,),
        ).fetchall()
    return [(r["source_term"], r["target_term"]) for r in rows]


@task
def check_translation_model() -> None:
    ids = {m.id for m in get_mistral().models.list().data or []}
    if settings.mistral_translate_model not in ids:
        raise RuntimeError(f"{settings.mistral_translate_model} is not available on this Mistral account")


@task(retries=1, tags=["ollama"])
def detect_language(listing: Listing) -> str:
    """Sellers often leave the default locale; check it against the text before translating."""
    sample = f"{listing.title}. {listing.description[:400]}"
    result = ollama.generate(
        model=settings.ollama_chat_model,
        prompt=prompts.DETECT_LANGUAGE.format(text=sample),
        options={"temperature": 0, "num_predict": 4},
    )
    code = result.response.strip().lower()[:2]
    return code if code.isalpha() else listing.locale


def _translate_one(listing: Listing, tgt: str, glossary: Sequence[Tuple[str, str]]) -> Optional[Translation]:
    title_f = translate_title.submit(listing.id, listing.title, listing.locale, tgt, glossary)
    if needs_long_path(listing):
        body_f = translate_long_description.submit(listing, tgt)
        engine = "gemini-vertex"
    else:
        body_f = translate_description.submit(listing, tgt, glossary)
        engine = settings.mistral_translate_model
    title = title_f.result(raise_on_failure=False)
    body = body_f.result(raise_on_failure=False)
    if isinstance(title, Exception) or isinstance(body, Exception) or body is None:
        return None
    return Translation(listing_id=listing.id, locale=tgt, title=title, description=body, engine=engine)


@flow(name="listing-translation", task_runner=ConcurrentTaskRunner())
def listing_translation(locales: Optional[List[str]] = None, per_locale: int = 300,
                        previews_only: bool = False) -> Dict[str, int]:
    log = get_logger()
    check_translation_model()
    counts: Dict[str, int] = {}
    for tgt in locales or settings.storefront_locales:
        listings = listings_needing_translation(tgt, limit=per_locale)
        if not listings:
            continue
        detected = detect_language.map(listings)
        fixed: List[Listing] = []
        for listing, fut in zip(listings, detected):
            lang = fut.result(raise_on_failure=False)
            if isinstance(lang, str) and lang != listing.locale:
                log.info("listing %s: locale %s looks like %s", listing.id, listing.locale, lang)
                listing = listing.model_copy(update={"locale": lang})
            if listing.locale != tgt:
                fixed.append(listing)

        previews = [p for p in preview_translation.map(fixed, unmapped(tgt)) if p.result(raise_on_failure=False)]
        save_translations(p.result() for p in previews)
        if previews_only:
            counts[tgt] = len(previews)
            continue

        glossary = load_glossary(tgt)
        done = [t for t in (_translate_one(l, tgt, glossary) for l in fixed) if t is not None]
        counts[tgt] = save_translations(done)
        log.info("%s: %d previews, %d full translations", tgt, len(previews), counts[tgt])
    return counts
