"""Taxonomy tagging for articles (section, topics, entities, sensitivity).

Gemini Flash with a JSON schema; if Gemini errors we use the generic fallback
chain in providers.registry (groq -> claude), which returns free text JSON.
"""
from __future__ import annotations

import asyncio
import json
import logging
from functools import partial
from typing import Literal

import modal
from google.genai import types
from pydantic import BaseModel, Field, ValidationError

from common.config import MODELS
from common.secrets import ANTHROPIC_SECRET, GEMINI_SECRET, GROQ_SECRET, XAI_SECRET
from common.storage import JobRecord
from lib.prompts import SECTIONS, TAGGING_PROMPT
from modal_app import app
from providers import get_genai
from providers.gemini import json_config
from providers.registry import complete_with_fallback

logger = logging.getLogger(__name__)


class ArticleTags(BaseModel):
    section: str
    topics: list[str] = Field(default_factory=list, max_length=6)
    people: list[str] = Field(default_factory=list)
    organisations: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    sensitivity: Literal["low", "medium", "high"] = "low"


class Article(BaseModel):
    id: str
    title: str
    body: str


def _prompt(article: Article) -> str:
    return TAGGING_PROMPT.format(sections=", ".join(SECTIONS), title=article.title, body=article.body[:20000])


def _parse(text: str) -> ArticleTags:
    text = text.strip().removeprefix("```json").removesuffix("```").strip()
    return ArticleTags.model_validate(json.loads(text))


@app.function(secrets=[GEMINI_SECRET, GROQ_SECRET, ANTHROPIC_SECRET, XAI_SECRET], timeout=300, max_containers=50)
def tag_article(article: dict) -> dict:
    art = Article.model_validate(article)
    client = get_genai()
    try:
        resp = client.models.generate_content(
            model=MODELS.gemini_tagging,
            contents=_prompt(art),
            config=json_config(schema=ArticleTags),
        )
        tags = resp.parsed if isinstance(resp.parsed, ArticleTags) else _parse(resp.text or "{}")
        source = "gemini"
    except (ValidationError, json.JSONDecodeError, Exception) as exc:  # noqa: BLE001
        logger.warning("gemini tagging failed for %s: %s", art.id, exc)
        source, text, _usage = complete_with_fallback(
            "Answer with a single JSON object only.", _prompt(art), max_tokens=600, chain=("groq", "claude")
        )
        tags = _parse(text)

    JobRecord.create(art.id, "tags", {**tags.model_dump(), "source": source})
    return {"id": art.id, "source": source, **tags.model_dump()}


async def _tag_one_async(client, art: Article, sem: asyncio.Semaphore) -> ArticleTags | None:
    async with sem:
        try:
            resp = await client.aio.models.generate_content(
                model=MODELS.gemini_tagging,
                contents=_prompt(art),
                config=json_config(schema=ArticleTags),
            )
            return _parse(resp.text or "{}")
        except Exception:  # noqa: BLE001
            logger.exception("async tagging failed for %s", art.id)
            return None


@app.function(secrets=[GEMINI_SECRET], timeout=900)
async def tag_articles_bulk(articles: list[dict], concurrency: int = 8) -> list[dict]:
    """Used by the archive re-tagging backfill; one container, many concurrent requests."""
    client = get_genai()
    sem = asyncio.Semaphore(concurrency)
    arts = [Article.model_validate(a) for a in articles]
    results = await asyncio.gather(*(_tag_one_async(client, a, sem) for a in arts))
    out = []
    for art, tags in zip(arts, results):
        if tags is None:
            continue
        JobRecord.create(art.id, "tags", {**tags.model_dump(), "source": "gemini-bulk"})
        out.append({"id": art.id, **tags.model_dump()})
    return out


@app.function(secrets=[GEMINI_SECRET], timeout=300)
def describe_images(asset_id: str, image_urls: list[str]) -> list[str]:
    """Alt text for gallery images. Low temperature, plain text."""
    client = get_genai()
    describe = partial(
        client.models.generate_content,
        model=MODELS.gemini_tagging,
        config=types.GenerateContentConfig(temperature=0.1, max_output_tokens=120),
    )
    alts = []
    for url in image_urls:
        part = types.Part.from_uri(file_uri=url, mime_type="image/jpeg")
        resp = describe(contents=[part, "Write concise alt text (max 20 words) for this news photo."])
        alts.append((resp.text or "").strip())
    JobRecord.create(asset_id, "alt_text", {"alts": alts})
    return alts
