"""Chunking, embedding and storing pages; signal receivers keep the index fresh."""
from __future__ import annotations

import logging
import re

from django.db import transaction
from django.dispatch import receiver
from django.utils.html import strip_tags
from wagtail.signals import page_published, page_unpublished

from .embeddings import get_backend
from .models import PageChunk

logger = logging.getLogger(__name__)

CHUNK_WORDS = 220
OVERLAP_WORDS = 40

_ws = re.compile(r"\s+")


def page_to_text(page) -> str:
    parts = [page.title, getattr(page, "intro", "") or ""]
    body = getattr(page, "body", None)
    if body:
        for block in body:
            if block.block_type in ("heading", "paragraph", "quote"):
                value = block.value
                if isinstance(value, dict) or hasattr(value, "get"):
                    value = value.get("text", "")
                parts.append(strip_tags(str(value)))
            elif block.block_type == "faq":
                for item in block.value:
                    parts.append(f"{item['question']} {strip_tags(str(item['answer']))}")
    return _ws.sub(" ", " \n".join(parts)).strip()


def chunk_text(text: str, size: int = CHUNK_WORDS, overlap: int = OVERLAP_WORDS) -> list[str]:
    words = text.split()
    if not words:
        return []
    chunks, start = [], 0
    while start < len(words):
        chunks.append(" ".join(words[start : start + size]))
        if start + size >= len(words):
            break
        start += size - overlap
    return chunks


def index_page(page, backend=None) -> int:
    backend = backend or get_backend()
    chunks = chunk_text(page_to_text(page.specific))
    if not chunks:
        PageChunk.objects.filter(page=page).delete()
        return 0
    vectors = backend.embed(chunks)
    with transaction.atomic():
        PageChunk.objects.filter(page=page).delete()
        PageChunk.objects.bulk_create(
            PageChunk(page=page, position=i, text=text, embedding=vec, model=backend.model)
            for i, (text, vec) in enumerate(zip(chunks, vectors))
        )
    return len(chunks)


def unindex_page(page):
    PageChunk.objects.filter(page=page).delete()

@receiver(page_published)
def reindex_on_publish(sender, instance, **kwargs):
    transaction.on_commit(lambda: _safe_index(instance))


@receiver(page_unpublished)
def unindex_on_unpublish(sender, instance, **kwargs):
    unindex_page(instance)


def _safe_index(page):
    try:
        n = index_page(page)
        logger.info("indexed page %s into %d chunks", page.pk, n)
    except Exception:
        logger.exception("embedding failed for page %s", page.pk)
