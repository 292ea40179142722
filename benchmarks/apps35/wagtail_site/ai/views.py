import json
import logging

from django.db.models import Sum
from django.http import HttpResponseBadRequest, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import path
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.images import get_image_model
from wagtail.models import Page

from ai import get_openai_client
from ai.models import AISettings, AIUsageRecord
from ai.services.editor import EditorAssistant
from ai.services.registry import available_providers, get_provider
from ai.services.research import ResearchClient
from ai import tasks

logger = logging.getLogger(__name__)


def _payload(request):
    try:
        return json.loads(request.body or b"{}")
    except ValueError:
        return None


@require_admin_access
@require_POST
def suggest_titles(request):
    data = _payload(request)
    if not data or not data.get("content"):
        return HttpResponseBadRequest("content required")
    assistant = EditorAssistant(site=AISettings.for_request(request).site)
    return JsonResponse({"titles": assistant.suggest_titles(data["content"])})


@require_admin_access
@require_POST
def rewrite(request):
    data = _payload(request) or {}
    assistant = EditorAssistant(site=AISettings.for_request(request).site)
    if data.get("stream"):
        return StreamingHttpResponse(assistant.stream_rewrite(data.get("text", "")), content_type="text/plain")
    return JsonResponse({"text": assistant.rewrite(data.get("text", ""), data.get("instruction") or "Tighten this.")})


@require_admin_access
@require_POST
def generate(request):
    data = _payload(request) or {}
    slug = data.get("provider") or AISettings.for_request(request).default_provider
    try:
        provider = get_provider(slug)
    except ValueError as exc:
        return HttpResponseBadRequest(str(exc))
    text = provider(data.get("prompt", ""), data.get("model", ""), AISettings.for_request(request).site)
    return JsonResponse({"text": text, "provider": slug})


@require_admin_access
def providers(request):
    return JsonResponse({"providers": available_providers()})


@require_admin_access
def models_list(request):
    """Populates the model dropdown on the AI settings page."""
    client = get_openai_client(AISettings.for_request(request).site)
    ids = sorted(m.id for m in client.models.list() if m.id.startswith(("gpt-", "o")))
    return JsonResponse({"models": ids})


@require_admin_access
@require_POST
def fact_check(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    research = ResearchClient()
    result = research.fact_check(getattr(page, "intro", "") or page.title)
    return JsonResponse({"answer": result.answer, "citations": result.citations})


@require_admin_access
@require_POST
def hero_image(request, page_id):
    """Generate a placeholder hero image from the page title."""
    page = get_object_or_404(Page, pk=page_id)
    client = get_openai_client()
    result = client.images.generate(
        model="dall-e-3",
        prompt=f"Editorial illustration, flat colours, for an article titled: {page.title}",
        size="1792x1024",
        n=1,
    )
    return JsonResponse({"url": result.data[0].url, "revised_prompt": result.data[0].revised_prompt})


@require_admin_access
@require_POST
def upload_reference_doc(request):
    """Uploads a style guide PDF to OpenAI files for the assistant to use later."""
    upload = request.FILES.get("file")
    if upload is None:
        return HttpResponseBadRequest("file required")
    client = get_openai_client()
    created = client.files.create(file=(upload.name, upload.read()), purpose="assistants")
    return JsonResponse({"file_id": created.id})


@require_admin_access
def usage(request):
    totals = (
        AIUsageRecord.objects.values("provider", "model")
        .annotate(input_tokens=Sum("input_tokens"), output_tokens=Sum("output_tokens"), cost=Sum("cost_usd"))
        .order_by("-cost")
    )
    return render(request, "ai/usage.html", {"totals": totals})


@require_admin_access
def image_alt_preview(request, image_id):
    from ai.services.alt_text import generate_alt_text

    image = get_object_or_404(get_image_model(), pk=image_id)
    return JsonResponse({"alt": generate_alt_text(image)})


@require_admin_access
@require_POST
def faq(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    from search.indexing import page_to_text

    assistant = EditorAssistant(site=page.get_site())
    items = assistant.draft_faq(page_to_text(page))
    return JsonResponse({"items": [i.model_dump() for i in items]})


@require_admin_access
@require_POST
def start_outline(request):
    data = _payload(request) or {}
    job_id = f"outline-{request.user.pk}-{abs(hash(data.get('brief', ''))) % 10**8}"
    tasks.submit_outline(job_id, data.get("brief", ""))
    return JsonResponse({"job": job_id}, status=202)


@require_admin_access
@require_POST
def start_social(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    job_id = f"social-{page.pk}"
    tasks.submit_social_posts(job_id, f"{page.title}\n\n{getattr(page, 'intro', '')}")
    return JsonResponse({"job": job_id}, status=202)


@require_admin_access
def job(request, job_id):
    return JsonResponse(tasks.job_status(job_id))


urlpatterns = [
    path("pages/<int:page_id>/faq/", faq, name="faq"),
    path("outline/", start_outline, name="outline"),
    path("pages/<int:page_id>/social/", start_social, name="social"),
    path("jobs/<str:job_id>/", job, name="job"),
    path("titles/", suggest_titles, name="suggest_titles"),
    path("rewrite/", rewrite, name="rewrite"),
    path("generate/", generate, name="generate"),
    path("providers/", providers, name="providers"),
    path("models/", models_list, name="models"),
    path("pages/<int:page_id>/fact-check/", fact_check, name="fact_check"),
    path("pages/<int:page_id>/hero-image/", hero_image, name="hero_image"),
    path("upload/", upload_reference_doc, name="upload"),
    path("usage/", usage, name="usage"),
    path("images/<int:image_id>/alt/", image_alt_preview, name="alt_preview"),
]
