"""Smaller tool panels: SEO, localisation, library search.

Each is its own substate so it gets its own websocket delta and doesn't
bloat the copywriter state.
"""
from __future__ import annotations

import logging

import reflex as rx

from studio.backend import get_fireworks, get_groq, get_together, settings
from studio.backend.services import embeddings as emb
from studio.backend.services.seo_service import TitleIdeas, keyword_clusters, meta_description
from studio.backend.services.summarizer import summarize, summarize_tracked
from studio.backend.services.translation import Localizer

from .base import StudioState

logger = logging.getLogger(__name__)


class SEOState(StudioState):
    title: str = ""
    summary: str = ""
    meta: str = ""
    keywords_raw: str = ""
    clusters: dict[str, list[str]] = {}
    title_ideas: list[str] = []
    readability_rewrite: str = ""

    @rx.event
    async def make_meta(self):
        self.meta = await meta_description(self.title, self.summary)

    @rx.event
    async def cluster(self):
        kws = [k.strip() for k in self.keywords_raw.splitlines() if k.strip()]
        self.clusters = await keyword_clusters(kws)

    @rx.event
    def ideas(self):
        self.title_ideas = TitleIdeas(n=5).generate(self.title or "content marketing")

    @rx.event
    async def rewrite_readable(self):
        self.readability_rewrite = ""
        stream = await get_groq().chat.completions.create(
            model="llama-3.3-70b-versatile",
            stream=True,
            messages=[
                {"role": "system", "content": "Rewrite for a grade-8 reading level. Keep headings."},
                {"role": "user", "content": self.summary},
            ],
        )
        async for chunk in stream:
            piece = chunk.choices[0].delta.content if chunk.choices else None
            if piece:
                self.readability_rewrite += piece
                yield

    @rx.event
    async def summarize_summary(self, use_tracked: bool = True):
        if use_tracked:
            self.summary = await summarize_tracked(self.summary)
        else:
            self.summary = await summarize(self.summary)


class LocalizeState(StudioState):
    source_text: str = ""
    locales: list[str] = ["de", "fr"]
    translations: dict[str, str] = {}
    working: bool = False

    @rx.event(background=True)
    async def translate(self):
        async with self:
            self.working = True
            text, locales = self.source_text, list(self.locales)
        localizer = Localizer(get_fireworks())
        results = await localizer.translate_all(text, locales)
        async with self:
            self.translations = results
            self.working = False

    @rx.event
    async def apply_glossary(self, locale: str):
        glossary = {"pipeline": "Pipeline", "Content Studio": "Content Studio"}
        localizer = Localizer(get_fireworks(), concurrency=1)
        self.translations[locale] = await localizer.glossary_check(self.translations.get(locale, ""), glossary)


class LibraryState(StudioState):
    query: str = ""
    results: list[dict] = []
    answer: str = ""
    indexing: bool = False

    @rx.event
    async def search(self):
        if not self.query:
            return
        [qvec] = await emb.embed_with_fallback([self.query])
        hits = emb.library_index.search(qvec, k=25)
        if not hits:
            self.results = []
            return
        ranked = await emb.rerank(self.query, [h[1] for h in hits], top_n=8)
        self.results = [{"id": hits[i][0], "text": hits[i][1][:300], "score": round(s, 3)} for i, s in ranked]

    @rx.event
    async def ask_library(self):
        """RAG answer over the top search results, streamed from Together."""
        if not self.results:
            yield LibraryState.search
        context = "\n\n".join(r["text"] for r in self.results[:6])
        self.answer = ""
        stream = await get_together().chat.completions.create(
            model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
            messages=[
                {"role": "system", "content": "Answer using only the provided past content. Cite ids in brackets."},
                {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {self.query}"},
            ],
            stream=True,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta and chunk.choices[0].delta.content:
                self.answer += chunk.choices[0].delta.content
                yield

    @rx.event(background=True)
    async def reindex(self):
        from studio.backend.models import ContentPiece

        async with self:
            self.indexing = True
        with rx.session() as session:
            pieces = session.exec(ContentPiece.select().where(ContentPiece.approved == True)).all()  # noqa: E712
        batch = 64
        for i in range(0, len(pieces), batch):
            chunk = pieces[i : i + batch]
            vectors = await emb.embed_texts([p.body for p in chunk])
            for piece, vec in zip(chunk, vectors):
                emb.library_index.add(piece.id, piece.body, vec)
        async with self:
            self.indexing = False
        logger.info("library reindexed: %d pieces (model %s)", len(emb.library_index), settings.together_embed_model)
