from __future__ import annotations

import logging

from ariadne import MutationType, convert_kwargs_to_snake_case
from graphql import GraphQLError, GraphQLResolveInfo

from kb_api.services import TaskComplexity, multi_model_service
from kb_api.services.images import generate_cover
from kb_api.services.moderation import moderate
from kb_api.services.tagging import suggest_tags
from kb_api.services.translation import translate_markdown, translate_title
from kb_api.settings import get_settings

log = logging.getLogger(__name__)

mutation = MutationType()


def _require_user(info: GraphQLResolveInfo):
    user = info.context.get("user")
    if user is None:
        raise GraphQLError("Authentication required")
    return user


async def _load_or_fail(info: GraphQLResolveInfo, article_id: str):
    article = await info.context["loaders"]["article"].load(int(article_id))
    if article is None:
        raise GraphQLError(f"Article {article_id} not found")
    return article


@mutation.field("createArticle")
@convert_kwargs_to_snake_case
async def resolve_create_article(_, info: GraphQLResolveInfo, input: dict):
    user = _require_user(info)
    verdict = await moderate(f"{input['title']}\n\n{input['body']}")
    if verdict.flagged:
        return {"article": None, "errors": [f"content flagged: {', '.join(verdict.categories)}"]}
    article = await info.context["db"].articles.create(
        title=input["title"],
        body=input["body"],
        space_id=int(input["space_id"]),
        author_id=user.id,
        tags=input.get("tags") or [],
    )
    vector = await info.context["embeddings"].embed_article(article.title, article.body)
    await info.context["db"].articles.store_embedding(article.id, vector, info.context["embeddings"].model)
    return {"article": article, "errors": []}


@mutation.field("updateArticle")
async def resolve_update_article(_, info: GraphQLResolveInfo, id: str, input: dict):
    _require_user(info)
    fields = {k: v for k, v in input.items() if v is not None}
    if "status" in fields:
        fields["status"] = fields["status"].lower()
    article = await info.context["db"].articles.update(int(id), **fields)
    return {"article": article, "errors": []}


@mutation.field("summarizeArticle")
async def resolve_summarize_article(_, info: GraphQLResolveInfo, id: str, force: bool = False):
    article = await _load_or_fail(info, id)
    if article.summary and not force:
        return article
    summary = await info.context["summarizer"].summarize(article)
    return await info.context["db"].articles.update(article.id, summary=summary)


@mutation.field("translateArticle")
async def resolve_translate_article(_, info: GraphQLResolveInfo, id: str, language: str):
    user = _require_user(info)
    article = await _load_or_fail(info, id)
    body = await translate_markdown(article.body, language)
    title = await translate_title(article.title, language)
    db = info.context["db"]
    translated = await db.articles.create(
        title=title, body=body, space_id=article.space_id, author_id=user.id, tags=article.tags
    )
    return await db.articles.update(translated.id, language=language)


@mutation.field("generateCover")
async def resolve_generate_cover(_, info: GraphQLResolveInfo, id: str):
    _require_user(info)
    article = await _load_or_fail(info, id)
    url = await generate_cover(info.context["llm"].replicate, article.title)
    if url is None:
        raise GraphQLError("Image generation returned no output")
    return await info.context["db"].articles.update(article.id, cover_url=url)


@mutation.field("autoTag")
async def resolve_auto_tag(_, info: GraphQLResolveInfo, id: str):
    article = await _load_or_fail(info, id)
    tags = await suggest_tags(article.title, article.body)
    merged = list(dict.fromkeys([*article.tags, *tags]))
    return await info.context["db"].articles.update(article.id, tags=merged)


@mutation.field("rewriteSection")
async def resolve_rewrite_section(_, info: GraphQLResolveInfo, id: str, heading: str, instruction: str):
    _require_user(info)
    article = await _load_or_fail(info, id)
    section = _extract_section(article.body, heading)
    if section is None:
        raise GraphQLError(f"No section named {heading!r}")
    if len(section) < 1500:
        return await multi_model_service.generate_response(
            prompt=f"{instruction}\n\n---\n{section}",
            task_type="rewrite_section",
            complexity=TaskComplexity.STANDARD,
        )
    # long sections go straight to the bigger model (not yet routed through the service)
    settings = get_settings()
    resp = await info.context["llm"].openai.chat.completions.create(
        model=settings.azure_chat_deployment if settings.use_azure else "gpt-4o",
        messages=[
            {"role": "system", "content": "Rewrite the markdown section as instructed. Keep headings."},
            {"role": "user", "content": f"{instruction}\n\n---\n{section}"},
        ],
        temperature=0.4,
    )
    return resp.choices[0].message.content or section


def _extract_section(body: str, heading: str) -> str | None:
    lines = body.splitlines()
    start = None
    for i, line in enumerate(lines):
        if line.lstrip("#").strip().lower() == heading.strip().lower() and line.startswith("#"):
            start = i
            break
    if start is None:
        return None
    level = len(lines[start]) - len(lines[start].lstrip("#"))
    end = len(lines)
    for j in range(start + 1, len(lines)):
        if lines[j].startswith("#") and len(lines[j]) - len(lines[j].lstrip("#")) <= level:
            end = j
            break
    return "\n".join(lines[start:end])
