from django.http import HttpRequest, JsonResponse

from llm import gemini

from . import services


def search(request: HttpRequest) -> JsonResponse:
    query = request.GET.get("q", "")
    articles = services.search(query)
    tokens = gemini.models.count_tokens(model="gemini-2.5-flash", contents=query)
    return JsonResponse({
        "results": [{"id": a.id, "title": a.title} for a in articles],
        "query_tokens": tokens.total_tokens,
    })
