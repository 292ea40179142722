from __future__ import annotations

import base64
import logging

import strawberry
from strawberry.exceptions import StrawberryGraphQLError

from kb_api.context import Context
from kb_api.schema.permissions import IsAuthenticated, IsEditor, LLMRateLimit
from kb_api.schema.types import (
    Article,
    CreateArticleInput,
    ModerationPayload,
    TranslationPayload,
    UpdateArticleInput,
)
from kb_api.services import covers, moderation
from kb_api.services.summarizer import summarize_article

logger = logging.getLogger(__name__)

Info = strawberry.Info[Context, None]


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=[IsEditor])
    async def create_article(self, info: Info, input: CreateArticleInput) -> Article:
        ctx = info.context
        verdict = await moderation.moderate(f"{input.title}\n\n{input.body}")
        if verdict.flagged:
            raise StrawberryGraphQLError("Article rejected by content policy", extensions={"categories": verdict.categories})

        row = await ctx.articles.create(
            space_id=str(input.space_id), title=input.title, body=input.body, author_id=ctx.viewer.id
        )
        if input.auto_tag:
            try:
                row.tags = await ctx.tagger.suggest(input.title, input.body)
            except Exception:
                logger.warning("auto-tagging failed for %s", row.id, exc_info=True)
        if input.generate_cover:
            row.cover_url = await covers.generate_cover(ctx.llm.replicate, input.title, row.tags or [])
        await ctx.session.commit()
        ctx.request.app.state.indexer.enqueue(row.id)
        return Article.from_row(row)

    @strawberry.mutation(permission_classes=[IsEditor])
    async def update_article(self, info: Info, input: UpdateArticleInput) -> Article | None:
        fields = {k: v for k, v in {"title": input.title, "body": input.body, "tags": input.tags}.items() if v is not None}
        row = await info.context.articles.update(str(input.id), **fields)
        if row is None:
            return None
        await info.context.session.commit()
        if "body" in fields or "title" in fields:
            info.context.request.app.state.indexer.enqueue(row.id)
        return Article.from_row(row)

    @strawberry.mutation(permission_classes=[IsEditor, LLMRateLimit])
    async def summarize_article(self, info: Info, id: strawberry.ID, sentences: int = 3) -> Article | None:
        ctx = info.context
        row = await ctx.articles.get(str(id))
        if row is None:
            return None
        row.summary = await summarize_article(ctx.llm.mistral, row.title, row.body, sentences=sentences)
        await ctx.session.commit()
        return Article.from_row(row)

    @strawberry.mutation(permission_classes=[IsEditor, LLMRateLimit])
    async def translate_article(self, info: Info, id: strawberry.ID, language: str) -> TranslationPayload:
        ctx = info.context
        row = await ctx.articles.get(str(id))
        if row is None:
            raise StrawberryGraphQLError("not found")
        body = await ctx.translator.translate_tracked(row.body, language, tenant_id=ctx.viewer.tenant_id)
        return TranslationPayload(language=language, body=body)

    @strawberry.mutation(permission_classes=[IsEditor])
    async def regenerate_cover(self, info: Info, id: strawberry.ID) -> str:
        """Returns the Replicate prediction id; the webhook fills in ``cover_url``."""
        ctx = info.context
        row = await ctx.articles.get(str(id))
        if row is None:
            raise StrawberryGraphQLError("not found")
        hook = str(ctx.request.url_for("replicate_webhook"))
        return covers.start_cover_prediction(ctx.llm.replicate, row.title, row.tags or [], webhook=hook)

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def moderate_text(self, info: Info, text: str) -> ModerationPayload:
        v = await moderation.moderate(text, second_opinion=True)
        return ModerationPayload(flagged=v.flagged, categories=v.categories)

    @strawberry.mutation(permission_classes=[IsAuthenticated, LLMRateLimit])
    async def read_aloud(self, info: Info, id: strawberry.ID, voice: str = "alloy") -> str:
        """Returns base64 mp3 for the accessibility 'listen' button."""
        row = await info.context.articles.get(str(id))
        if row is None:
            raise StrawberryGraphQLError("not found")
        speech = await info.context.llm.openai.audio.speech.create(
            model="gpt-4o-mini-tts",
            voice=voice,
            input=(row.summary or row.body)[:4000],
            response_format="mp3",
        )
        return base64.b64encode(speech.content).decode()

    @strawberry.mutation(permission_classes=[IsEditor])
    async def reindex_article(self, info: Info, id: strawberry.ID) -> bool:
        info.context.request.app.state.indexer.enqueue(str(id))
        return True
