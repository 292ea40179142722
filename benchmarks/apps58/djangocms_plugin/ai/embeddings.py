"""Voyage embeddings for the RelatedPagesPlugin."""
import hashlib
import logging
import math

from django.conf import settings
from django.utils.html import strip_tags

from ai.clients import get_openai, get_voyage
from ai.costs import count_voyage_tokens
from ai.models import PageEmbedding

logger = logging.getLogger(__name__)

MAX_BATCH_TOKENS = 100_000


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def content_hash(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class PageEmbedder:
    def __init__(self, client=None, model=None):
        self.vo = client or get_voyage()
        self.model = model or settings.AI_MODELS["embedding"]

    def embed_documents(self, texts):
        if count_voyage_tokens(self.vo, texts, self.model) > MAX_BATCH_TOKENS:
            half = len(texts) // 2
            return self.embed_documents(texts[:half]) + self.embed_documents(texts[half:])
        result = self.vo.embed(texts, model=self.model, input_type="document", truncation=True)
        return result.embeddings

    def embed_query(self, text):
        result = self.vo.embed([text], model=self.model, input_type="query")
        return result.embeddings[0]

    def store(self, page, language, text):
        text = strip_tags(text)
        digest = content_hash(text)
        existing = PageEmbedding.objects.filter(page=page, language=language, model=self.model).first()
        if existing and existing.content_hash == digest:
            return existing
        vector = self.embed_documents([text])[0]
        obj, _ = PageEmbedding.objects.update_or_create(
            page=page, language=language, model=self.model,
            defaults={"vector": vector, "content_hash": digest},
        )
        return obj

    def related(self, page, language, limit=4):
        try:
            mine = PageEmbedding.objects.get(page=page, language=language, model=self.model)
        except PageEmbedding.DoesNotExist:
            return []
        others = PageEmbedding.objects.filter(language=language, model=self.model).exclude(page=page)
        scored = sorted(((cosine(mine.vector, o.vector), o.page) for o in others), key=lambda t: t[0], reverse=True)
        return [p for _, p in scored[:limit]]


def rerank_pages(query, candidates, top_k=4):
    """candidates: list of (page, text)."""
    if not candidates:
        return []
    vo = get_voyage()
    reranking = vo.rerank(query, [t for _, t in candidates], model=settings.AI_MODELS["rerank"], top_k=top_k)
    return [candidates[r.index][0] for r in reranking.results]


def related_for_text(text, language, limit=4, rerank=False):
    """Find pages related to arbitrary text (used by the newsletter builder)."""
    embedder = PageEmbedder()
    query_vec = embedder.embed_query(text)
    rows = PageEmbedding.objects.filter(language=language, model=embedder.model).select_related("page")
    scored = sorted(rows, key=lambda r: cosine(query_vec, r.vector), reverse=True)[: limit * 3]
    if not rerank:
        return [r.page for r in scored[:limit]]
    return rerank_pages(text, [(r.page, r.page.get_title(language)) for r in scored], top_k=limit)


def openai_embedding(text):
    """Old fallback from before we moved to Voyage; still used by search_index.py."""
    resp = get_openai().embeddings.create(model="text-embedding-3-small", input=text)
    return resp.data[0].embedding
