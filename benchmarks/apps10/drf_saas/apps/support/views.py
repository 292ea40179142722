from django.conf import settings
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from services.ai.clients import get_bedrock_runtime

from . import legacy_ai
from .models import DraftReply, Ticket, TicketMessage
from .tasks import draft_reply, summarize_thread, triage_ticket

SUPPORTED_LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pt", "ja"}


class TicketMessageSerializer(serializers.ModelSerializer):
    class Meta:
        model = TicketMessage
        fields = ["id", "author", "is_agent", "body", "created_at"]


class TicketSerializer(serializers.ModelSerializer):
    messages = TicketMessageSerializer(many=True, read_only=True)

    class Meta:
        model = Ticket
        fields = [
            "id", "external_id", "subject", "body", "requester_email", "language", "category",
            "priority", "state", "sentiment", "ai_summary", "triaged_at", "messages", "created_at",
        ]
        read_only_fields = ["language", "category", "sentiment", "ai_summary", "triaged_at"]


class DraftReplySerializer(serializers.ModelSerializer):
    class Meta:
        model = DraftReply
        fields = ["id", "ticket", "body", "model", "accepted", "created_at"]
        read_only_fields = ["ticket", "body", "model"]


class TranslateSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=8000)
    target_language = serializers.ChoiceField(choices=sorted(SUPPORTED_LANGUAGES))


class TicketViewSet(viewsets.ModelViewSet):
    serializer_class = TicketSerializer
    filterset_fields = ["state", "priority", "category"]

    def get_queryset(self):
        return Ticket.objects.for_tenant(self.request.tenant).prefetch_related("messages")

    def perform_create(self, serializer):
        ticket = serializer.save(tenant=self.request.tenant)
        triage_ticket.delay(ticket.pk)

    @action(detail=True, methods=["post"])
    def classify(self, request, pk=None):
        ticket = self.get_object()
        category, priority = legacy_ai.classify_ticket(ticket.subject, ticket.body)
        return Response({"category": category, "priority": priority})

    @action(detail=True, methods=["post"])
    def draft(self, request, pk=None):
        ticket = self.get_object()
        job = draft_reply.delay(ticket.pk)
        return Response({"job_id": job.id}, status=status.HTTP_202_ACCEPTED)

    @action(detail=True, methods=["get"])
    def drafts(self, request, pk=None):
        drafts = DraftReply.objects.filter(ticket=self.get_object()).order_by("-created_at")[:5]
        return Response(DraftReplySerializer(drafts, many=True).data)

    @action(detail=True, methods=["post"])
    def summarize(self, request, pk=None):
        summarize_thread.delay(self.get_object().pk)
        return Response(status=status.HTTP_202_ACCEPTED)

    @action(detail=True, methods=["post"])
    def translate(self, request, pk=None):
        ticket = self.get_object()
        params = TranslateSerializer(data=request.data)
        params.is_valid(raise_exception=True)
        target = params.validated_data["target_language"]
        out = get_bedrock_runtime().converse(
            modelId=settings.BEDROCK_MODELS["claude_fast"],
            system=[{"text": f"Translate the agent's reply into the language with ISO code '{target}'. "
                             "Keep formatting, product names and placeholders like {{name}} unchanged."}],
            messages=[{"role": "user", "content": [{"text": params.validated_data["text"]}]}],
            inferenceConfig={"maxTokens": 2000, "temperature": 0},
        )
        translated = out["output"]["message"]["content"][0]["text"]
        return Response({"ticket": ticket.pk, "language": target, "text": translated})
