"""Listing translation tasks.

Engines, in order of preference:
  * Mistral large for titles + short descriptions (best quality/price on our eval set)
  * Gemini on Vertex (EU) for long descriptions, streamed so we can cut runaway output
  * Helsinki-NLP opus-mt models on HF for the cheap "preview" translations
"""
from __future__ import annotations

import random
import time
from datetime import timedelta
from typing import Callable, Dict, List, Optional, Sequence, Tuple, TypeVar

from google.genai import types
from mistralai.models import SDKError
from prefect import task
from prefect.tasks import task_input_hash

from lib import prompts
from lib.blocks import GeminiCredentials
from lib.clients import get_hf_client, get_mistral
from lib.errors import RateLimited, is_retryable
from lib.logging_utils import get_logger
from lib.schemas import Listing, Translation
from lib.settings import settings
from lib.textutils import clean_text

T = TypeVar("T")

LOCALE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
                "nl": "Dutch", "pl": "Polish"}
LONG_DESCRIPTION_CHARS = 2_500
# opus-mt has no direct model for some pairs; those go through Mistral even for previews
OPUS_PAIRS = {("en", "de"), ("en", "fr"), ("en", "es"), ("en", "it"), ("en", "nl"),
              ("de", "en"), ("fr", "en"), ("es", "en"), ("it", "en"), ("nl", "en")}


def _with_backoff(fn: Callable[[], T], attempts: int = 5, base: float = 1.5) -> T:
    for attempt in range(attempts):
        try:
            return fn()
        except SDKError as exc:
            if exc.status_code != 429 or attempt == attempts - 1:
                raise
            time.sleep(base ** attempt + random.random())
    raise RateLimited("mistral", "exhausted retries", status=429)


def _system(src: str, tgt: str, glossary: Sequence[Tuple[str, str]]) -> str:
    return prompts.TRANSLATE_SYSTEM.substitute(
        src=LOCALE_NAMES.get(src, src), tgt=LOCALE_NAMES.get(tgt, tgt),
        glossary=prompts.format_glossary(glossary),
    )


@task(
    retries=2,
    retry_delay_seconds=120,
    retry_condition_fn=is_retryable,
    cache_key_fn=task_input_hash,
    cache_expiration=timedelta(days=30),
    tags=["mistral"],
)
def translate_title(listing_id: int, title: str, src: str, tgt: str,
                    glossary: Sequence[Tuple[str, str]] = ()) -> str:
    client = get_mistral()
    messages = [
        {"role": "system", "content": _system(src, tgt, glossary)},
        {"role": "user", "content": title},
    ]
    resp = _with_backoff(lambda: client.chat.complete(
        model=settings.mistral_translate_model,
        messages=messages,
        temperature=0.1,
        max_tokens=120,
    ))
    return (resp.choices[0].message.content or title).strip()


@task(retries=2, retry_delay_seconds=120, retry_condition_fn=is_retryable, tags=["mistral"])
async def translate_description(listing: Listing, tgt: str,
                                glossary: Sequence[Tuple[str, str]] = ()) -> Optional[str]:
    text = clean_text(listing.description)
    if not text:
        return ""
    resp = await get_mistral().chat.complete_async(
        model=settings.mistral_translate_model,
        messages=[
            {"role": "system", "content": _system(listing.locale, tgt, glossary)},
            {"role": "user", "content": text},
        ],
        temperature=0.1,
        max_tokens=2048,
    )
    return resp.choices[0].message.content if resp.choices else None


@task(retries=1, retry_delay_seconds=60, tags=["gemini"])
def translate_long_description(listing: Listing, tgt: str, max_chars: int = 12_000) -> str:
    """Long descriptions go to Gemini on Vertex (EU); stop reading if the model rambles."""
    client = GeminiCredentials.load("gemini-vertex-eu").get_client()
    parts: List[str] = []
    total = 0
    for chunk in client.models.generate_content_stream(
        model="gemini-2.0-flash-001",
        contents=clean_text(listing.description),
        config=types.GenerateContentConfig(
            system_instruction=_system(listing.locale, tgt, ()),
            temperature=0.1,
            max_output_tokens=4096,
        ),
    ):
        piece = chunk.text or ""
        parts.append(piece)
        total += len(piece)
        if total > max_chars:
            get_logger().warning("listing %s: translation exceeded %d chars, truncating", listing.id, max_chars)
            break
    return "".join(parts).strip()


@task(retries=2, retry_delay_seconds=30, cache_key_fn=task_input_hash, cache_expiration=timedelta(days=30))
def preview_translation(listing: Listing, tgt: str) -> Optional[Translation]:
    """Cheap machine translation shown until the full one lands."""
    src = listing.locale
    if (src, tgt) not in OPUS_PAIRS:
        return None
    hf = get_hf_client()
    model = f"Helsinki-NLP/opus-mt-{src}-{tgt}"
    title = hf.translation(listing.title, model=model).translation_text
    body = ""
    if listing.description:
        body = hf.translation(clean_text(listing.description)[:1500], model=model).translation_text
    return Translation(listing_id=listing.id, locale=tgt, title=title, description=body, engine=model)


def needs_long_path(listing: Listing) -> bool:
    return len(listing.description or "") > LONG_DESCRIPTION_CHARS


def group_by_source(listings: Sequence[Listing]) -> Dict[str, List[Listing]]:
    groups: Dict[str, List[Listing]] = {}
    for listing in listings:
        groups.setdefault(listing.locale, []).append(listing)
    return groups
