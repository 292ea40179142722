"""Non-GraphQL endpoints: streaming summaries for the editor sidebar."""
import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from articles.models import Article

from .services.summarizer import ArticleSummarizer


@login_required
@require_GET
def stream_summary(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    summarizer = ArticleSummarizer(client=request.llm.anthropic)

    def events():
        for piece in summarizer.stream_summary(article):
            yield f"data: {json.dumps({'text': piece})}\n\n"
        yield "event: done\ndata: {}\n\n"

    return StreamingHttpResponse(events(), content_type="text/event-stream")


@login_required
@require_POST
def draft_continuation(request):
    try:
        payload = json.loads(request.body)
        draft = payload["draft"]
    except (ValueError, KeyError):
        return HttpResponseBadRequest("expected JSON with 'draft'")

    stream = request.openai.chat.completions.create(
        model="gpt-4o-mini",
        stream=True,
        messages=[
            {"role": "system", "content": "Continue the author's draft for one paragraph in their voice."},
            {"role": "user", "content": draft[-6000:]},
        ],
    )

    def events():
        for chunk in stream:
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                yield f"data: {json.dumps({'text': delta})}\n\n"

    return StreamingHttpResponse(events(), content_type="text/event-stream")


@login_required
@require_GET
def summary_cost_estimate(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    tokens = ArticleSummarizer(client=request.llm.anthropic).estimate_input_tokens(article)
    return JsonResponse({"input_tokens": tokens})
