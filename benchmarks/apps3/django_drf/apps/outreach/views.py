from __future__ import annotations

import logging

from django.utils.decorators import method_decorator
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from apps.core.decorators import moderated
from apps.core.llm import chat, fast_completion
from apps.core.mixins import LLMClientMixin

from .models import OutreachDraft
from .services import generate_banner, suggest_subject_lines, translate_body
from .tasks import draft_and_send_task

logger = logging.getLogger(__name__)


class OutreachDraftSerializer(serializers.ModelSerializer):
    class Meta:
        model = OutreachDraft
        fields = [
            "id",
            "candidate",
            "channel",
            "subject",
            "body",
            "recruiter_notes",
            "banner_url",
            "status",
            "created_at",
            "sent_at",
        ]
        read_only_fields = ["id", "banner_url", "status", "created_at", "sent_at"]


@method_decorator(moderated("body", "recruiter_notes"), name="create")
@method_decorator(moderated("body"), name="partial_update")
class OutreachDraftViewSet(LLMClientMixin, viewsets.ModelViewSet):
    serializer_class = OutreachDraftSerializer

    def get_queryset(self):
        return OutreachDraft.objects.filter(candidate__organization__members=self.request.user).select_related(
            "candidate", "candidate__job"
        )

    @action(detail=True, methods=["get"])
    def subjects(self, request, pk=None):
        return Response({"subjects": suggest_subject_lines(self.get_object())})

    @action(detail=True, methods=["post"])
    def banner(self, request, pk=None):
        url = generate_banner(self.get_object(), request.data.get("style", "clean, corporate"))
        return Response({"banner_url": url})

    @action(detail=True, methods=["post"])
    def translate(self, request, pk=None):
        language = request.data.get("language")
        if not language:
            return Response({"detail": "language is required"}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"body": translate_body(self.get_object(), language)})

    @action(detail=True, methods=["post"])
    def shorten(self, request, pk=None):
        draft = self.get_object()
        limit = int(request.data.get("words", 80))
        response = fast_completion(
            messages=[
                {"role": "system", "content": f"Shorten the email to at most {limit} words. Keep the call to action."},
                {"role": "user", "content": draft.body},
            ],
        )
        return Response({"body": response.choices[0].message.content})

    @action(detail=True, methods=["post"])
    def opener(self, request, pk=None):
        draft = self.get_object()
        text = chat(
            f"Suggest a one-line personal opener for an email to {draft.candidate.full_name}.",
            feature="outreach_opener",
            tenant_id=draft.tenant_id,
        )
        return Response({"opener": text})

    @action(detail=True, methods=["get"])
    def review(self, request, pk=None):
        draft = self.get_object()
        verdict = self.complete_json(
            "Review a recruiting email for clarity, tone and compliance. "
            'Return {"score": 1-5, "suggestions": [str]}.',
            draft.body,
        )
        return Response(verdict)

    @action(detail=True, methods=["post"])
    def send(self, request, pk=None):
        draft = self.get_object()
        if draft.status == OutreachDraft.Status.SENT:
            return Response({"detail": "already sent"}, status=status.HTTP_409_CONFLICT)
        draft.status = OutreachDraft.Status.APPROVED
        draft.save(update_fields=["status"])
        draft_and_send_task.delay(draft.pk)
        return Response(status=status.HTTP_202_ACCEPTED)
