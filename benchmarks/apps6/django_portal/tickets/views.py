import logging

from django.apps import apps
from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.http import HttpResponseBadRequest, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.views import View
from django.views.generic import DetailView, ListView

from core.llm.errors import LLMError

from .models import Ticket, TicketComment
from .services import TicketReplyDrafter, VoicemailTranscriber

logger = logging.getLogger(__name__)


class TicketListView(LoginRequiredMixin, ListView):
    model = Ticket
    paginate_by = 50
    template_name = "tickets/list.html"

    def get_queryset(self):
        qs = super().get_queryset().select_related("requester", "assignee")
        status = self.request.GET.get("status")
        if status:
            qs = qs.filter(status=status)
        return qs


class TicketDetailView(LoginRequiredMixin, DetailView):
    model = Ticket
    template_name = "tickets/detail.html"


class SuggestReplyView(PermissionRequiredMixin, View):
    permission_required = "tickets.change_ticket"

    def post(self, request, pk):
        ticket = get_object_or_404(Ticket, pk=pk)
        try:
            text = TicketReplyDrafter().draft(ticket)
        except LLMError as exc:
            logger.warning("draft failed for %s: %s", pk, exc)
            return JsonResponse({"detail": "Could not draft a reply."}, status=502)
        comment = TicketComment.objects.create(
            ticket=ticket, author=request.user, body=text, is_staff=True, is_draft=True
        )
        return JsonResponse({"id": comment.pk, "body": text})


class SuggestReplyStreamView(PermissionRequiredMixin, View):
    """Server-sent events version used by the new agent workspace."""

    permission_required = "tickets.change_ticket"

    def get(self, request, pk):
        ticket = get_object_or_404(Ticket, pk=pk)
        client = apps.get_app_config("assistant").anthropic

        def events():
            with client.messages.stream(
                model=settings.ANTHROPIC_MODEL,
                max_tokens=700,
                system=TicketReplyDrafter.SYSTEM,
                messages=[{"role": "user", "content": ticket.thread_text()}],
            ) as stream:
                for text in stream.text_stream:
                    yield f"data: {text}\n\n"
            yield "event: done\ndata: {}\n\n"

        response = StreamingHttpResponse(events(), content_type="text/event-stream")
        response["Cache-Control"] = "no-cache"
        return response


class VoicemailUploadView(PermissionRequiredMixin, View):
    permission_required = "tickets.change_ticket"

    def post(self, request, pk):
        ticket = get_object_or_404(Ticket, pk=pk)
        upload = request.FILES.get("audio")
        if upload is None:
            return HttpResponseBadRequest("missing audio")
        transcript = VoicemailTranscriber().transcribe(ticket, (upload.name, upload.read()))
        TicketComment.objects.create(ticket=ticket, author=request.user, body=transcript, is_staff=False)
        return JsonResponse({"transcript": transcript})
