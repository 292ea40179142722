import asyncio
import json

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from pgvector.django import CosineDistance
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from ai import get_anthropic_client, get_async_openai_client, get_perplexity_client

from .embeddings import get_backend
from .models import PageChunk
from .rerank import rerank_chunks

ANSWER_SYSTEM = (
    "Answer the question using only the numbered excerpts from our site. "
    "Cite excerpts like [2]. If the excerpts don't answer it, say so."
)


def _nearest_chunks(vector, limit=30):
    return list(
        PageChunk.objects.filter(page__live=True)
        .select_related("page")
        .annotate(distance=CosineDistance("embedding", vector))
        .order_by("distance")[:limit]
    )


def search(request):
    search_query = request.GET.get("query", None)
    page = request.GET.get("page", 1)
    semantic = request.GET.get("semantic") == "1"

    if search_query:
        if semantic:
            vector = get_backend().embed_query(search_query)
            chunks = rerank_chunks(search_query, _nearest_chunks(vector), top_n=20)
            seen, results = set(), []
            for chunk in chunks:
                if chunk.page_id not in seen:
                    seen.add(chunk.page_id)
                    results.append(chunk.page.specific)
            search_results = results
        else:
            search_results = Page.objects.live().search(search_query)
        Query.get(search_query).add_hit()
    else:
        search_results = Page.objects.none()

    paginator = Paginator(search_results, 10)
    try:
        search_results = paginator.page(page)
    except PageNotAnInteger:
        search_results = paginator.page(1)
    except EmptyPage:
        search_results = paginator.page(paginator.num_pages)

    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": search_query, "search_results": search_results, "semantic": semantic},
    )


@require_POST
def ask(request):
    """'Ask the archive' box: retrieve, rerank, then stream a cited answer."""
    question = json.loads(request.body or b"{}").get("question", "").strip()
    if not question:
        return JsonResponse({"error": "question required"}, status=400)
    vector = get_backend().embed_query(question)
    chunks = rerank_chunks(question, _nearest_chunks(vector), top_n=6)
    excerpts = "\n\n".join(f"[{i + 1}] ({c.page.title}) {c.text}" for i, c in enumerate(chunks))

    client = get_anthropic_client()

    def stream():
        with client.messages.stream(
            model="claude-3-5-haiku-latest",
            max_tokens=600,
            system=ANSWER_SYSTEM,
            messages=[{"role": "user", "content": f"Excerpts:\n{excerpts}\n\nQuestion: {question}"}],
        ) as s:
            yield from s.text_stream

    return StreamingHttpResponse(stream(), content_type="text/plain; charset=utf-8")


async def ask_web(request):
    """Fallback used when the archive has nothing: ask Perplexity."""
    question = request.GET.get("q", "")
    client = get_perplexity_client()
    completion = await asyncio.to_thread(
        client.chat.completions.create,
        model="sonar",
        messages=[{"role": "user", "content": question}],
    )
    return JsonResponse({"answer": completion.choices[0].message.content, "citations": getattr(completion, "citations", [])})


async def similar_queries(request):
    """Autocomplete helper: embeds the partial query and returns close page titles."""
    partial = request.GET.get("q", "")
    if len(partial) < 4:
        return JsonResponse({"results": []})
    client = get_async_openai_client()
    emb = await client.embeddings.create(model=settings.AI_EMBEDDING_MODEL, input=partial)
    chunks = await asyncio.to_thread(_nearest_chunks, emb.data[0].embedding, 10)
    return JsonResponse({"results": list(dict.fromkeys(c.page.title for c in chunks))[:5]})


def related_pages(request, page_id):
    """Pages whose chunks sit closest to this page's first chunk (no model call)."""
    first = PageChunk.objects.filter(page_id=page_id, position=0).first()
    if first is None:
        return JsonResponse({"results": []})
    neighbours = (
        PageChunk.objects.filter(page__live=True, position=0)
        .exclude(page_id=page_id)
        .select_related("page")
        .annotate(distance=CosineDistance("embedding", first.embedding))
        .order_by("distance")[:5]
    )
    return JsonResponse(
        {"results": [{"id": c.page_id, "title": c.page.title, "url": c.page.url} for c in neighbours]}
    )
