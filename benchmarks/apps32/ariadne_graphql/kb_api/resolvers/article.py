from __future__ import annotations

import json

from ariadne import ObjectType
from graphql import GraphQLResolveInfo

from kb_api.services.llm_usage_tracker import llm_tracker
from kb_api.settings import get_settings
from kb_api.utils.text import reading_time_minutes

article_type = ObjectType("Article")
space_type = ObjectType("Space")


@article_type.field("status")
def resolve_status(article, _info):
    return article.status.name


@article_type.field("coverUrl")
def resolve_cover_url(article, _info):
    return article.cover_url


@article_type.field("readingTime")
def resolve_reading_time(article, _info):
    return reading_time_minutes(article.body)


@article_type.field("summary")
async def resolve_summary(article, info: GraphQLResolveInfo):
    if article.summary:
        return article.summary
    return await info.context["loaders"]["summary"].load(article.id)


@article_type.field("space")
async def resolve_article_space(article, info: GraphQLResolveInfo):
    return await info.context["loaders"]["space"].load(article.space_id)


@article_type.field("author")
async def resolve_author(article, info: GraphQLResolveInfo):
    return await info.context["loaders"]["user"].load(article.author_id)


@article_type.field("related")
async def resolve_related(article, info: GraphQLResolveInfo, limit: int = 5):
    ctx = info.context
    vector = await ctx["loaders"]["query_embedding"].load(f"{article.title}\n{article.body[:1500]}")
    pairs = await ctx["db"].articles.nearest(vector, ctx["embeddings"].model, limit=limit + 1)
    return [a for a, _ in pairs if a.id != article.id][:limit]


@article_type.field("keyPoints")
async def resolve_key_points(article, info: GraphQLResolveInfo):
    """Extract 3-5 bullet points. Uses Claude with a JSON tool for structure."""
    client = info.context["llm"].anthropic
    model = get_settings().anthropic_model
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="article_key_points"
    ) as usage_log:
        msg = await client.messages.create(
            model=model,
            max_tokens=400,
            tools=[
                {
                    "name": "key_points",
                    "description": "Return the key points of the article",
                    "input_schema": {
                        "type": "object",
                        "properties": {"points": {"type": "array", "items": {"type": "string"}}},
                        "required": ["points"],
                    },
                }
            ],
            tool_choice={"type": "tool", "name": "key_points"},
            messages=[{"role": "user", "content": article.body[:20_000]}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    for block in msg.content:
        if block.type == "tool_use":
            points = block.input.get("points", [])
            return [str(p) for p in points][:5]
    return []


@space_type.field("articles")
async def resolve_space_articles(space, info: GraphQLResolveInfo, limit: int = 20):
    return await info.context["db"].articles.list_for_space(space.id, limit=limit)


def _debug_dump(article) -> str:  # pragma: no cover - used from the REPL
    return json.dumps({"id": article.id, "title": article.title, "tags": article.tags})
