"""Semantic search over article chunks."""
import graphene
from django.conf import settings

from ai.services.embeddings import cosine
from articles.models import ArticleChunk
from articles.schema import ArticleType


class SearchHit(graphene.ObjectType):
    article = graphene.Field(ArticleType)
    snippet = graphene.String()
    score = graphene.Float()


class Query(graphene.ObjectType):
    semantic_search = graphene.List(
        SearchHit, query=graphene.String(required=True), limit=graphene.Int(default_value=10)
    )
    related_articles = graphene.List(SearchHit, article_id=graphene.ID(required=True))
    query_token_count = graphene.Int(query=graphene.String(required=True))

    def resolve_semantic_search(root, info, query, limit):
        voyage = info.context.llm.voyage
        query_vec = voyage.embed([query], model=settings.EMBEDDING_MODEL, input_type="query").embeddings[0]
        chunks = list(ArticleChunk.objects.exclude(embedding=None).select_related("article")[:2000])
        chunks.sort(key=lambda c: cosine(query_vec, c.embedding), reverse=True)
        pool = chunks[: limit * 4]
        if not pool:
            return []
        ranking = voyage.rerank(
            query=query,
            documents=[c.text for c in pool],
            model=settings.RERANK_MODEL,
            top_k=limit,
        )
        return [
            SearchHit(article=pool[r.index].article, snippet=pool[r.index].text[:280], score=r.relevance_score)
            for r in ranking.results
        ]

    def resolve_related_articles(root, info, article_id):
        base = ArticleChunk.objects.filter(article_id=article_id).first()
        if base is None:
            return []
        candidates = list(
            ArticleChunk.objects.exclude(article_id=article_id).filter(position=0).select_related("article")[:200]
        )
        if not candidates:
            return []
        together = info.context.llm.together
        reranked = together.rerank.create(
            model="Salesforce/Llama-Rank-V1",
            query=base.text,
            documents=[c.text for c in candidates],
            top_n=5,
        )
        return [
            SearchHit(article=candidates[r.index].article, snippet=candidates[r.index].text[:200], score=r.relevance_score)
            for r in reranked.results
        ]

    def resolve_query_token_count(root, info, query):
        return info.context.llm.voyage.count_tokens([query], model=settings.EMBEDDING_MODEL)
