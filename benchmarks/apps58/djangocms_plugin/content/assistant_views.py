"""Views behind the AI assistant apphook (visitor-facing Q&A over the site)."""
import asyncio
import json
import logging

from django.apps import apps
from django.http import HttpResponseNotAllowed, JsonResponse
from django.views.generic import TemplateView

from ai import get_voyage
from ai.embeddings import cosine

logger = logging.getLogger(__name__)

TOP_K = 4


class AssistantView(TemplateView):
    template_name = "content/assistant/index.html"


async def _search(question, language):
    from asgiref.sync import sync_to_async

    from ai.models import PageEmbedding

    result = await asyncio.to_thread(
        get_voyage().embed, [question], model="voyage-3", input_type="query"
    )
    qvec = result.embeddings[0]
    rows = await sync_to_async(list)(PageEmbedding.objects.filter(language=language).select_related("page"))
    rows.sort(key=lambda r: cosine(qvec, r.vector), reverse=True)
    return [r.page for r in rows[:TOP_K]]


async def answer(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    payload = json.loads(request.body or b"{}")
    question = (payload.get("question") or "").strip()[:500]
    if not question:
        return JsonResponse({"error": "empty question"}, status=400)
    language = request.LANGUAGE_CODE
    pages = await _search(question, language)
    sources = [{"title": p.get_title(language), "url": p.get_absolute_url(language)} for p in pages]
    context = "\n".join(f"- {s['title']} ({s['url']})" for s in sources)

    client = apps.get_app_config("ai").async_openai
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You help visitors find pages on this website. "
                                          "Only recommend pages from the list."},
            {"role": "user", "content": f"Pages:\n{context}\n\nVisitor question: {question}"},
        ],
        max_tokens=300,
    )
    return JsonResponse({"answer": completion.choices[0].message.content, "sources": sources})
