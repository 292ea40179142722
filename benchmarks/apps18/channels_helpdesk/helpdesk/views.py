"""REST endpoints used by the agent UI (the React app) and a couple of integrations."""
from __future__ import annotations

import logging

from asgiref.sync import async_to_sync
from django.conf import settings
from django.shortcuts import get_object_or_404
from litellm import completion
from rest_framework import status, viewsets
from rest_framework.decorators import action, api_view, permission_classes, throttle_classes
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from helpdesk.clients import llm
from helpdesk.models import Ticket
from helpdesk.services import TaskComplexity, multi_model_service, openai_client
from helpdesk.services.summarization import summarize_ticket
from helpdesk.services.web_search import RESEARCH_SYSTEM
from helpdesk.prompts import DRAFT_SYSTEM_PROMPT, TRIAGE_SYSTEM_PROMPT, ticket_transcript

from .serializers import (
    KBUploadSerializer,
    ResearchSerializer,
    RewriteSerializer,
    SuggestReplySerializer,
    TicketSerializer,
)

logger = logging.getLogger("helpdesk.api")


class LLMThrottle(ScopedRateThrottle):
    scope_attr = "throttle_scope"


class TicketViewSet(viewsets.ModelViewSet):
    serializer_class = TicketSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Ticket.objects.select_related("customer").prefetch_related("messages")

    def create(self, request, *args, **kwargs):
        # Tickets from the API are always "new", whatever the client sends.
        data = request.data.copy()
        data["status"] = Ticket.Status.NEW
        request._full_data = data
        return super().create(request, *args, **kwargs)

    @action(detail=True, methods=["post"])
    def summarize(self, request, pk=None):
        ticket = self.get_object()
        ticket.ai_summary = summarize_ticket(ticket)
        ticket.save(update_fields=["ai_summary", "updated_at"])
        return Response({"summary": ticket.ai_summary})

    @action(detail=True, methods=["post"])
    def classify(self, request, pk=None):
        ticket = self.get_object()
        result = async_to_sync(multi_model_service.generate_response)(
            prompt=f"Subject: {ticket.subject}\n\n{ticket.body[:4000]}",
            task_type="classification",
            complexity=TaskComplexity.SIMPLE,
            system=TRIAGE_SYSTEM_PROMPT,
            ticket_id=ticket.pk,
        )
        return Response({"raw": result.text})


class SuggestReplyView(APIView):
    permission_classes = [IsAuthenticated]
    throttle_classes = [LLMThrottle]
    throttle_scope = "llm"

    def post(self, request):
        ser = SuggestReplySerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        ticket = get_object_or_404(Ticket.objects.select_related("customer"), pk=ser.validated_data["ticket_id"])
        extra = ser.validated_data.get("instructions") or ""
        completion_ = llm.openai.chat.completions.create(
            model=settings.HELPDESK_LLM["DEFAULT_CHAT_MODEL"],
            messages=[
                {"role": "system", "content": DRAFT_SYSTEM_PROMPT + (f"\nAgent notes: {extra}" if extra else "")},
                {"role": "user", "content": ticket_transcript(ticket)},
            ],
            n=3,
            temperature=0.7,
        )
        suggestions = [c.message.content for c in completion_.choices]
        return Response({"suggestions": suggestions})


@api_view(["POST"])
@permission_classes([IsAuthenticated])
@throttle_classes([LLMThrottle])
def rewrite_tone(request):
    ser = RewriteSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    resp = completion(
        model=f"groq/{settings.HELPDESK_LLM['GROQ_MODEL']}",
        messages=[
            {"role": "system", "content": f"Rewrite the text in a {ser.validated_data['tone']} tone. Keep the meaning."},
            {"role": "user", "content": ser.validated_data["text"]},
        ],
        temperature=0.3,
    )
    return Response({"text": resp.choices[0].message.content})


rewrite_tone.throttle_scope = "llm"


class ResearchView(APIView):
    """Quick answer for agents using OpenAI with web search disabled (Perplexity is in AsyncResearcher)."""

    permission_classes = [IsAuthenticated]

    def post(self, request):
        ser = ResearchSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        resp = openai_client.chat.completions.create(
            model="gpt-4o",
            messages=[
                {"role": "system", "content": RESEARCH_SYSTEM},
                {"role": "user", "content": ser.validated_data["question"]},
            ],
        )
        return Response({"answer": resp.choices[0].message.content})


class AvailableModelsView(APIView):
    permission_classes = [IsAdminUser]

    def get(self, request):
        models = llm.openai.models.list()
        return Response({"openai": sorted(m.id for m in models if m.id.startswith(("gpt", "o")))})


class KBFileUploadView(APIView):
    """Uploads a PDF to OpenAI files for the (experimental) file-search assistant."""

    permission_classes = [IsAdminUser]

    def post(self, request):
        ser = KBUploadSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        uploaded = ser.validated_data["file"]
        remote = llm.openai.files.create(file=(uploaded.name, uploaded.read()), purpose="assistants")
        return Response({"file_id": remote.id}, status=status.HTTP_201_CREATED)
