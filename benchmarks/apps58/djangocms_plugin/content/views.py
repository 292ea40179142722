import json
import logging

from cms.models import Page
from django.apps import apps
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from ai import get_async_anthropic, get_openai
from ai.models import TranslationJob
from ai.prompts import TITLE_SUGGESTIONS
from ai.seo import generate_meta_description
from ai.services.llm_usage_tracker import llm_tracker
from ai.summaries import get_summary_service
from ai.tasks import page_text, translate_plugin_task
from content.models import PromptPreset

logger = logging.getLogger(__name__)


class TranslatePageForm(forms.Form):
    source_language = forms.ChoiceField(choices=settings.LANGUAGES)
    target_language = forms.ChoiceField(choices=settings.LANGUAGES)
    backend = forms.ChoiceField(choices=[("mistral", "Mistral"), ("deepseek", "DeepSeek"), ("tracked", "Mistral (tracked)")],
                                initial="mistral")
    overwrite = forms.BooleanField(required=False, help_text=_("Replace existing text in the target language"))

    def clean(self):
        data = super().clean()
        if data.get("source_language") == data.get("target_language"):
            raise forms.ValidationError(_("Source and target language must differ."))
        return data


class AskForm(forms.Form):
    page_id = forms.IntegerField()
    question = forms.CharField(max_length=500)


@staff_member_required
@require_POST
def regenerate_seo(request, page_id):
    page = get_object_or_404(Page, pk=page_id, publisher_is_draft=True)
    language = request.POST.get("language", request.LANGUAGE_CODE)
    title = page.get_title_obj(language)
    title.meta_description = generate_meta_description(title.title, page_text(page, language), language)
    title.save(update_fields=["meta_description"])
    return JsonResponse({"meta_description": title.meta_description})


@staff_member_required
def suggest_titles(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    language = request.GET.get("language", request.LANGUAGE_CODE)
    body = page_text(page, language)[:8000]
    if request.GET.get("stream"):
        def chunks():
            stream = get_openai().chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": TITLE_SUGGESTIONS.substitute(n=5, body=body)}],
                stream=True,
            )
            for event in stream:
                delta = event.choices[0].delta.content if event.choices else None
                if delta:
                    yield delta

        return StreamingHttpResponse(chunks(), content_type="text/plain; charset=utf-8")

    resp = get_openai().chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": TITLE_SUGGESTIONS.substitute(n=5, body=body)}],
    )
    titles = [t.strip() for t in resp.choices[0].message.content.splitlines() if t.strip()]
    return render(request, "content/ai/titles_modal.html", {"page": page, "titles": titles})


class TranslatePageView(FormView):
    form_class = TranslatePageForm
    template_name = "content/ai/translate_modal.html"

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=kwargs["page_id"], publisher_is_draft=True)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        job = TranslationJob.objects.create(
            page=self.page,
            source_language=data["source_language"],
            target_language=data["target_language"],
            backend=data["backend"],
            requested_by=self.request.user,
        )
        for placeholder in self.page.get_placeholders():
            for plugin in placeholder.get_plugins(data["source_language"]):
                if plugin.plugin_type == "TextPlugin":
                    translate_plugin_task.delay(plugin.pk, data["source_language"], data["target_language"], job.pk)
        return render(self.request, "content/ai/translate_queued.html", {"job": job})


@staff_member_required
@require_POST
def run_preset(request, preset_id):
    preset = get_object_or_404(PromptPreset, pk=preset_id, active=True)
    text = request.POST.get("text", "")
    if not text:
        return HttpResponseBadRequest("no text selected")
    mistral = apps.get_app_config("ai").mistral
    resp = mistral.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": preset.completion(text)}],
    )
    return JsonResponse({"result": resp.choices[0].message.content})


@staff_member_required
@require_POST
def regenerate_summary(request, plugin_id):
    """Synchronous 'regenerate now' button in the plugin edit form (tracked)."""
    from asgiref.sync import async_to_sync

    from ai.services.multi_model_service import TaskComplexity, multi_model_service
    from content.models import AISummaryPluginModel

    plugin = get_object_or_404(AISummaryPluginModel, pk=plugin_id)
    if plugin.locked:
        return JsonResponse({"error": "locked"}, status=409)
    text = async_to_sync(multi_model_service.generate_response)(
        prompt=f"Summarise in {plugin.sentences} sentences:\n{plugin.collect_source_html()[:12000]}",
        task_type="summary",
        complexity=TaskComplexity.STANDARD,
        feature_context="summary_regenerate_button",
    )
    plugin.summary = text
    plugin.save(update_fields=["summary"])
    return JsonResponse({"summary": text})


@staff_member_required
def summary_preview(request):
    title = request.GET.get("title", "")
    html = request.GET.get("html", "")
    service = get_summary_service()
    return StreamingHttpResponse(service.stream_summary(title, html), content_type="text/plain; charset=utf-8")


async def ask_page(request):
    if request.method != "POST":
        return HttpResponseBadRequest()
    form = AskForm(json.loads(request.body or b"{}"))
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    page = await Page.objects.aget(pk=form.cleaned_data["page_id"])
    language = request.LANGUAGE_CODE
    from asgiref.sync import sync_to_async

    context = await sync_to_async(page_text)(page, language)
    client = get_async_anthropic()
    model = "claude-3-5-haiku-latest"
    async with llm_tracker.track_llm_call(provider="anthropic", model=model,
                                          feature_context="ask_this_page") as usage_log:
        msg = await client.messages.create(
            model=model,
            max_tokens=500,
            system="Answer only from the page content. If unsure, say so.",
            messages=[{"role": "user", "content": f"Page:\n{context[:15000]}\n\nQuestion: {form.cleaned_data['question']}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return JsonResponse({"answer": msg.content[0].text})
