from __future__ import annotations

import logging

from ariadne import QueryType
from graphql import GraphQLError, GraphQLResolveInfo

from kb_api.models import SearchHit
from kb_api.services import rerank_articles
from kb_api.settings import get_settings

log = logging.getLogger(__name__)

query = QueryType()


@query.field("article")
async def resolve_article(_, info: GraphQLResolveInfo, id: str):
    return await info.context["loaders"]["article"].load(int(id))


@query.field("space")
async def resolve_space(_, info: GraphQLResolveInfo, slug: str):
    row = await info.context["db"].pool.fetchrow("SELECT id FROM spaces WHERE slug = $1", slug)
    if row is None:
        return None
    return await info.context["loaders"]["space"].load(row["id"])


@query.field("search")
async def resolve_search(_, info: GraphQLResolveInfo, query: str, limit: int = 10, rerank: bool = True):
    if not query.strip():
        return []
    ctx = info.context
    vector = await ctx["loaders"]["query_embedding"].load(query)
    pairs = await ctx["db"].articles.nearest(vector, ctx["embeddings"].model, limit=max(limit * 3, 20))
    hits = [SearchHit(article=a, score=s, snippet=a.body[:200]) for a, s in pairs]
    if rerank and hits:
        hits = await rerank_articles(ctx["cohere"], query, hits, top_n=limit)
    return hits[:limit]


@query.field("ask")
async def resolve_ask(_, info: GraphQLResolveInfo, question: str, fast: bool = False):
    if len(question) > 2000:
        raise GraphQLError("Question too long")
    return await info.context["answers"].answer(question, fast=fast)


@query.field("suggestTitles")
async def resolve_suggest_titles(_, info: GraphQLResolveInfo, draft: str, count: int = 3):
    groq = info.context["llm"].groq
    resp = await groq.chat.completions.create(
        model=get_settings().groq_model,
        messages=[
            {"role": "system", "content": f"Suggest {count} concise titles, one per line, no numbering."},
            {"role": "user", "content": draft[:8000]},
        ],
        temperature=0.7,
    )
    lines = (resp.choices[0].message.content or "").splitlines()
    return [l.strip(" -•\t") for l in lines if l.strip()][:count]


@query.field("explainSnippet")
async def resolve_explain_snippet(_, info: GraphQLResolveInfo, code: str, language: str | None = None):
    client = info.context["openai"]
    settings = get_settings()
    completion = await client.chat.completions.create(
        model=settings.azure_chat_deployment if settings.use_azure else settings.openai_chat_model,
        messages=[
            {"role": "system", "content": "Explain this code to a new team member in under 120 words."},
            {"role": "user", "content": f"```{language or ''}\n{code}\n```"},
        ],
    )
    return completion.choices[0].message.content or ""
