"""Knowledge base search + grounded answers for the KnowledgeSearch form."""
import logging
import math

import anvil.server
import litellm
from anvil.tables import app_tables
from google.genai import types

from .llm import client_for, get_gemini_client
from .llm import prompts
from .llm.multi_model_service import TaskComplexity, multi_model_service
from .utils import require_agent, run_sync

log = logging.getLogger(__name__)

EMBED_MODEL = "embed-english-v3.0"
RERANK_MODEL = "rerank-english-v3.0"
MAX_CONTEXT_TOKENS = 6000


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def embed_query(query):
    co = client_for("cohere")
    resp = co.embed(
        texts=[query],
        model=EMBED_MODEL,
        input_type="search_query",
        embedding_types=["float"],
    )
    return resp.embeddings.float_[0]


def _vector_candidates(query, k=25):
    qvec = embed_query(query)
    scored = []
    for row in app_tables.articles.search(embedding_model=EMBED_MODEL):
        if row["embedding"]:
            scored.append((_cosine(qvec, row["embedding"]), row))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return [row for _, row in scored[:k]]


def _rerank(query, rows, top_n=5):
    if not rows:
        return []
    co = client_for("cohere")
    result = co.rerank(
        model=RERANK_MODEL,
        query=query,
        documents=[f"{r['title']}\n{r['body'][:2000]}" for r in rows],
        top_n=top_n,
    )
    return [(rows[item.index], item.relevance_score) for item in result.results]


@anvil.server.callable
@require_agent
def search_articles(query, top_n=5):
    query = (query or "").strip()
    if not query:
        return []
    ranked = _rerank(query, _vector_candidates(query), top_n=top_n)
    return [
        {"slug": row["slug"], "title": row["title"], "score": round(score, 3)}
        for row, score in ranked
    ]


def _fit_context(articles):
    """Keep adding articles until we'd blow the context budget."""
    picked, used = [], 0
    for a in articles:
        n = litellm.token_counter(model="gpt-4o-mini", text=a["body"])
        if used + n > MAX_CONTEXT_TOKENS:
            break
        picked.append(a)
        used += n
    return picked


@anvil.server.callable
@require_agent
def answer_from_articles(question, slugs):
    articles = [app_tables.articles.get(slug=s) for s in slugs]
    articles = _fit_context([a for a in articles if a is not None])
    context = "\n\n".join(f"[{a['slug']}] {a['title']}\n{a['body']}" for a in articles)

    gemini = get_gemini_client()
    parts = []
    for chunk in gemini.models.generate_content_stream(
        model="gemini-2.0-flash",
        contents=f"Articles:\n{context}\n\nQuestion: {question}",
        config=types.GenerateContentConfig(system_instruction=prompts.KB_ANSWER_SYSTEM),
    ):
        if chunk.text:
            parts.append(chunk.text)
    return "".join(parts)


@anvil.server.callable
@require_agent
def quick_answer(question):
    """No retrieval – used by the 'Ask' box when KB search returns nothing."""
    return run_sync(
        multi_model_service.generate_response(
            prompt=question,
            task_type="kb_quick_answer",
            complexity=TaskComplexity.SIMPLE,
        )
    )
