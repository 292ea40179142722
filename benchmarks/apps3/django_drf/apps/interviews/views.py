from __future__ import annotations

import logging

from asgiref.sync import async_to_sync
from django.conf import settings
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from openai import OpenAIError
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.core.decorators import moderated
from apps.core.llm.clients import anthropic_client, get_openai_client
from apps.core.llm.multi_model_service import TaskComplexity, multi_model_service
from apps.core.mixins import LLMClientMixin

from .models import InterviewKit, InterviewRecording
from .tasks import build_kit_task

logger = logging.getLogger(__name__)


class InterviewKitSerializer(serializers.ModelSerializer):
    class Meta:
        model = InterviewKit
        fields = ["id", "job", "candidate", "title", "focus_areas", "questions", "rubric", "created_at"]
        read_only_fields = ["id", "questions", "rubric", "created_at"]


class InterviewKitViewSet(LLMClientMixin, viewsets.ModelViewSet):
    serializer_class = InterviewKitSerializer

    def get_queryset(self):
        return InterviewKit.objects.filter(job__organization__members=self.request.user).select_related(
            "job", "candidate"
        )

    def perform_create(self, serializer) -> None:
        kit = serializer.save()
        build_kit_task.delay(kit.pk)

    @method_decorator(moderated("answer"))
    @action(detail=True, methods=["post"])
    def followups(self, request, pk=None):
        kit = self.get_object()
        question = request.data.get("question", "")
        answer = request.data.get("answer", "")
        if not question or not answer:
            return Response({"detail": "question and answer are required"}, status=status.HTTP_400_BAD_REQUEST)
        message = self.llm_client.with_options(timeout=20).messages.create(
            model=self.llm_model,
            max_tokens=400,
            system="Suggest up to three short follow-up questions an interviewer could ask next.",
            messages=[{"role": "user", "content": f"Q: {question}\nA: {answer}\nRole: {kit.job.title}"}],
        )
        text = "".join(b.text for b in message.content if b.type == "text")
        return Response({"followups": [line.lstrip("-• ").strip() for line in text.splitlines() if line.strip()]})

    @action(detail=True, methods=["post"])
    def icebreaker(self, request, pk=None):
        kit = self.get_object()
        result = async_to_sync(multi_model_service.generate_response)(
            prompt=f"Suggest a friendly, role-relevant icebreaker for an interview for {kit.job.title}.",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            feature="interview_icebreaker",
            tenant_id=kit.tenant_id,
        )
        return Response({"icebreaker": result.text})


class QuestionStreamView(APIView):
    """Streams extra questions for a kit as plain text while they are generated."""

    def get(self, request, kit_id: int):
        kit = get_object_or_404(InterviewKit, pk=kit_id, job__organization__members=request.user)
        topic = request.query_params.get("topic", "problem solving")

        def stream_questions():
            with anthropic_client.messages.stream(
                model=settings.ANTHROPIC_MODEL,
                max_tokens=800,
                system="You write interview questions, one per line, no numbering.",
                messages=[{"role": "user", "content": f"Role: {kit.job.title}. Topic: {topic}. Five questions."}],
            ) as stream:
                for text in stream.text_stream:
                    yield text

        return StreamingHttpResponse(stream_questions(), content_type="text/plain; charset=utf-8")


class RecordingTranscriptionView(APIView):
    parser_classes = [MultiPartParser]

    def post(self, request, kit_id: int):
        kit = get_object_or_404(InterviewKit, pk=kit_id, job__organization__members=request.user)
        upload = request.FILES.get("audio")
        if upload is None:
            return Response({"detail": "audio file is required"}, status=status.HTTP_400_BAD_REQUEST)
        recording = InterviewRecording.objects.create(kit=kit, audio=upload)
        try:
            with recording.audio.open("rb") as fh:
                transcript = get_openai_client().audio.transcriptions.create(
                    model="gpt-4o-transcribe",
                    file=(upload.name, fh.read()),
                    response_format="text",
                )
        except OpenAIError:
            logger.exception("Transcription failed for recording %s", recording.pk)
            return Response({"id": recording.pk, "transcript": None}, status=status.HTTP_202_ACCEPTED)
        recording.transcript = transcript
        recording.save(update_fields=["transcript"])
        return Response({"id": recording.pk, "transcript": transcript}, status=status.HTTP_201_CREATED)
