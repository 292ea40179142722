import json
import logging

from dcim.models import Device
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.generic import View
from extras.models import JournalEntry
from netbox.plugins import get_plugin_config
from netbox.views import generic
from utilities.views import register_model_view

from . import filtersets, forms, tables
from .constants import SYSTEM_PROMPT_CHAT
from .llm import get_azure_client, get_openai_client, get_openrouter_client, llm_tracker
from .llm.tokens import PRICES, estimate_cost
from .models import Conversation, ObjectSummary, PromptTemplate
from .services import chat as chat_service
from .services.config_review import review_config, stream_review
from .services.context import render_journal, render_object_context
from .services.search import JournalSearch
from .services.summarizer import DeviceSummarizer

logger = logging.getLogger("netbox.plugins.netbox_ai_assist.views")


#
# Prompt templates
#

@register_model_view(PromptTemplate)
class PromptTemplateView(generic.ObjectView):
    queryset = PromptTemplate.objects.all()


@register_model_view(PromptTemplate, "list", path="", detail=False)
class PromptTemplateListView(generic.ObjectListView):
    queryset = PromptTemplate.objects.all()
    table = tables.PromptTemplateTable
    filterset = filtersets.PromptTemplateFilterSet
    filterset_form = forms.PromptTemplateFilterForm


@register_model_view(PromptTemplate, "add", detail=False)
@register_model_view(PromptTemplate, "edit")
class PromptTemplateEditView(generic.ObjectEditView):
    queryset = PromptTemplate.objects.all()
    form = forms.PromptTemplateForm


@register_model_view(PromptTemplate, "delete")
class PromptTemplateDeleteView(generic.ObjectDeleteView):
    queryset = PromptTemplate.objects.all()


#
# Summaries
#

@register_model_view(ObjectSummary)
class ObjectSummaryView(generic.ObjectView):
    queryset = ObjectSummary.objects.all()


@register_model_view(ObjectSummary, "list", path="", detail=False)
class ObjectSummaryListView(generic.ObjectListView):
    queryset = ObjectSummary.objects.all()
    table = tables.ObjectSummaryTable
    filterset = filtersets.ObjectSummaryFilterSet
    filterset_form = forms.ObjectSummaryFilterForm


@register_model_view(ObjectSummary, "delete")
class ObjectSummaryDeleteView(generic.ObjectDeleteView):
    queryset = ObjectSummary.objects.all()


@register_model_view(Device, "ai_summary", path="ai-summary")
class DeviceSummaryView(PermissionRequiredMixin, View):
    permission_required = "dcim.view_device"

    def post(self, request, pk):
        device = get_object_or_404(Device.objects.restrict(request.user, "view"), pk=pk)
        summarizer = DeviceSummarizer()
        summary = summarizer.summarize(device)
        messages.success(request, f"Summary generated ({summary.output_tokens} tokens)")
        return redirect(device.get_absolute_url())


class DeviceSummaryStreamView(PermissionRequiredMixin, View):
    permission_required = "dcim.view_device"

    def get(self, request, pk):
        device = get_object_or_404(Device.objects.restrict(request.user, "view"), pk=pk)
        return StreamingHttpResponse(DeviceSummarizer().stream_summary(device), content_type="text/plain")


#
# Conversations
#

@register_model_view(Conversation)
class ConversationView(generic.ObjectView):
    queryset = Conversation.objects.all()

    def get_extra_context(self, request, instance):
        return {"chat_messages": instance.messages.all(), "form": forms.AskForm()}


@register_model_view(Conversation, "list", path="", detail=False)
class ConversationListView(generic.ObjectListView):
    queryset = Conversation.objects.all()
    table = tables.ConversationTable
    filterset = filtersets.ConversationFilterSet


@register_model_view(Conversation, "add", detail=False)
class ConversationEditView(generic.ObjectEditView):
    queryset = Conversation.objects.all()
    form = forms.ConversationForm


class ConversationReplyView(PermissionRequiredMixin, View):
    permission_required = "netbox_ai_assist.change_conversation"

    def post(self, request, pk):
        conversation = get_object_or_404(Conversation, pk=pk)
        form = forms.AskForm(request.POST)
        if form.is_valid():
            chat_service.tracked_reply(conversation, form.cleaned_data["question"])
        return redirect(conversation.get_absolute_url())


#
# Ad-hoc ask / review / search
#

class AskView(PermissionRequiredMixin, View):
    permission_required = "netbox_ai_assist.view_conversation"
    template_name = "netbox_ai_assist/ask.html"

    def get(self, request):
        return render(request, self.template_name, {"form": forms.AskForm()})

    def post(self, request):
        form = forms.AskForm(request.POST)
        answer = None
        if form.is_valid():
            context = ""
            if form.cleaned_data["include_journal"]:
                context = render_journal(JournalEntry.objects.restrict(request.user, "view").order_by("-created")[:50])
            client = get_openai_client()
            completion = client.chat.completions.create(
                model=get_plugin_config("netbox_ai_assist", "openai_model"),
                messages=[
                    {"role": "system", "content": SYSTEM_PROMPT_CHAT + "\n\n" + context},
                    {"role": "user", "content": form.cleaned_data["question"]},
                ],
            )
            answer = completion.choices[0].message.content
        return render(request, self.template_name, {"form": form, "answer": answer})


class DeviceConfigReviewView(PermissionRequiredMixin, View):
    permission_required = "dcim.render_config_device"

    def post(self, request, pk):
        device = get_object_or_404(Device.objects.restrict(request.user, "view"), pk=pk)
        form = forms.ConfigReviewForm(request.POST)
        form.is_valid()
        config_template = device.get_config_template()
        if not config_template:
            return JsonResponse({"error": "No config template assigned"}, status=400)
        rendered = config_template.render(context=device.get_config_context())
        if form.cleaned_data.get("provider") == "azure":
            client, model = get_azure_client(), get_plugin_config("netbox_ai_assist", "azure_deployment")
        else:
            client, model = get_openai_client(), get_plugin_config("netbox_ai_assist", "openai_model")
        platform = str(device.platform or "")
        if form.cleaned_data.get("stream"):
            return StreamingHttpResponse(stream_review(client, model, rendered), content_type="text/plain")
        result = review_config(client, model, rendered, platform=platform)
        return JsonResponse(
            {"findings": result.findings, "model": result.model, "cost": str(estimate_cost(result.model, result.prompt_tokens, result.completion_tokens))}
        )


class SuggestTagsView(PermissionRequiredMixin, View):
    """Returns suggested tag slugs for a device (used by the edit form JS)."""

    permission_required = "dcim.change_device"

    def get(self, request, pk):
        device = get_object_or_404(Device.objects.restrict(request.user, "view"), pk=pk)
        resp = get_openrouter_client().chat.completions.create(
            model=get_plugin_config("netbox_ai_assist", "openrouter_model"),
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": 'Reply with {"tags": [slug, ...]} only.'},
                {"role": "user", "content": render_object_context(device)},
            ],
        )
        try:
            tags = json.loads(resp.choices[0].message.content).get("tags", [])
        except (TypeError, ValueError):
            tags = []
        return JsonResponse({"tags": tags[:8]})


class JournalSearchView(PermissionRequiredMixin, View):
    permission_required = "extras.view_journalentry"

    def get(self, request):
        query = request.GET.get("q", "").strip()
        results = JournalSearch().search(query) if query else []
        return render(request, "netbox_ai_assist/search.html", {"q": query, "results": results})


class UsageView(PermissionRequiredMixin, View):
    permission_required = "netbox_ai_assist.view_objectsummary"

    def get(self, request):
        rows = []
        for model in PRICES:
            for provider in ("openai", "azure", "anthropic", "bedrock", "cohere", "openrouter"):
                totals = llm_tracker.totals(provider, model)
                if totals:
                    cost = estimate_cost(model, totals["input_tokens"], totals["output_tokens"])
                    rows.append({"provider": provider, "model": model, "cost": cost, **totals})
        return render(request, "netbox_ai_assist/usage.html", {"rows": rows})
