"""Module-level enrichment helpers.

These are plain functions so they can be used directly from ``beam.Map`` /
``functools.partial`` without writing a DoFn. Clients come from the pool's
cached getters, so each worker process builds them once.

NOTE(mk): the tagline helper still holds its own module-global Anthropic
client from before the pool existed. Leave it until the tagline experiment is
either shipped or killed.
"""
from __future__ import annotations

import json
import logging
from typing import Dict, List, Optional, Sequence

import anthropic
from google.genai import types as genai_types

from newsenrich import config, prompts
from newsenrich.clients.pool import get_genai, get_hf, get_openai, get_voyage
from newsenrich.schema import Article

_LOG = logging.getLogger(__name__)

_tagline_client: Optional[anthropic.Anthropic] = None


def _tagline_anthropic() -> anthropic.Anthropic:
    global _tagline_client
    if _tagline_client is None:
        _tagline_client = anthropic.Anthropic()
    return _tagline_client


def embed_title(article: Article, model: str = config.OPENAI_EMBED_MODEL) -> Article:
    resp = get_openai().embeddings.create(model=model, input=article.title, dimensions=512)
    article.extras["title_embedding"] = resp.data[0].embedding
    return article


def gemini_keywords(article: Article, model: str = config.GEMINI_MODEL, client=None) -> Article:
    client = client or get_genai()
    response = client.models.generate_content(
        model=model,
        contents=prompts.TOPIC_CLASSIFY.format(
            labels=", ".join(config.TOPIC_LABELS), text=article.text_for_model(4000)
        ),
        config=genai_types.GenerateContentConfig(
            temperature=0.0,
            response_mime_type="application/json",
            max_output_tokens=256,
        ),
    )
    try:
        parsed = json.loads(response.text or "{}")
    except json.JSONDecodeError:
        _LOG.warning("gemini returned non-JSON for %s", article.article_id)
        parsed = {}
    article.keywords = [k for k in parsed.get("keywords", []) if isinstance(k, str)][:6]
    if not article.topics:
        article.topics = [t for t in parsed.get("topics", []) if t in config.TOPIC_LABELS]
    return article


def voyage_rerank(query: str, documents: Sequence[str], top_k: int = 5) -> List[Dict]:
    if not documents:
        return []
    result = get_voyage().rerank(query, list(documents), model=config.VOYAGE_RERANK_MODEL, top_k=top_k)
    return [{"index": r.index, "score": r.relevance_score, "document": r.document} for r in result.results]


def hf_summarize(article: Article, client=None, model: str = config.HF_SUMMARY_MODEL) -> Article:
    # Cheap fallback summariser for non-English and very long pieces.
    out = (client or get_hf()).summarization(article.body[: config.MAX_BODY_CHARS], model=model)
    article.summary = out.summary_text.strip()
    article.extras["summary_model"] = model
    return article


def claude_tagline(article: Article) -> Article:
    msg = _tagline_anthropic().messages.create(
        model=config.ANTHROPIC_MODEL,
        max_tokens=80,
        messages=[{"role": "user", "content": prompts.TAGLINE.format(text=article.text_for_model(3000))}],
    )
    article.extras["tagline"] = msg.content[0].text.strip()
    return article


def count_gemini_tokens(text: str, model: str = config.GEMINI_MODEL) -> int:
    """Used by the budget guard; count_tokens is free on Vertex."""
    return get_genai().models.count_tokens(model=model, contents=text).total_tokens


def key_by_source(article: Article):
    return article.source, article
