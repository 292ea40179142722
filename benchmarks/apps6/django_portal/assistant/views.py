import logging

from asgiref.sync import async_to_sync
from django.apps import apps
from django.conf import settings
from django.http import StreamingHttpResponse
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.services.multi_model_service import TaskComplexity, multi_model_service

from .models import Conversation, Message
from .services import get_backend, summarize_conversation

logger = logging.getLogger(__name__)


class MessageSerializer(serializers.ModelSerializer):
    class Meta:
        model = Message
        fields = ["id", "role", "content", "created_at"]


class ConversationSerializer(serializers.ModelSerializer):
    messages = MessageSerializer(many=True, read_only=True)

    class Meta:
        model = Conversation
        fields = ["id", "title", "backend", "created_at", "messages"]
        read_only_fields = ["title", "created_at"]


class PostMessageSerializer(serializers.Serializer):
    message = serializers.CharField(max_length=8000)
    stream = serializers.BooleanField(default=False)


class ConversationViewSet(viewsets.ModelViewSet):
    serializer_class = ConversationSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Conversation.objects.filter(user=self.request.user).prefetch_related("messages")

    def perform_create(self, serializer):
        serializer.save(user=self.request.user)

    @action(detail=True, methods=["post"])
    def message(self, request, pk=None):
        conversation = self.get_object()
        payload = PostMessageSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        Message.objects.create(conversation=conversation, role="user", content=payload.validated_data["message"])
        backend = get_backend(conversation.backend)
        history = conversation.history()

        if payload.validated_data["stream"]:
            def relay():
                parts = []
                for piece in backend.stream_reply(history):
                    parts.append(piece)
                    yield piece
                Message.objects.create(conversation=conversation, role="assistant", content="".join(parts))

            return StreamingHttpResponse(relay(), content_type="text/plain; charset=utf-8")

        answer = backend.reply(history)
        msg = Message.objects.create(conversation=conversation, role="assistant", content=answer)
        return Response(MessageSerializer(msg).data, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"], url_path="suggest-title")
    def suggest_title(self, request, pk=None):
        conversation = self.get_object()
        first = conversation.messages.filter(role="user").order_by("created_at").first()
        if first is None:
            return Response({"detail": "empty conversation"}, status=status.HTTP_400_BAD_REQUEST)
        grok = apps.get_app_config("assistant").xai
        result = grok.chat.completions.create(
            model=settings.XAI_MODEL,
            messages=[
                {"role": "system", "content": "Give a 3-6 word title for this chat. No quotes."},
                {"role": "user", "content": first.content[:2000]},
            ],
            max_tokens=16,
        )
        conversation.title = result.choices[0].message.content.strip()[:120]
        conversation.save(update_fields=["title"])
        return Response({"title": conversation.title})

    @action(detail=True, methods=["post"])
    def escalate(self, request, pk=None):
        conversation = self.get_object()
        summary = async_to_sync(summarize_conversation)(conversation.history())
        return Response({"summary": summary})

    @action(detail=False, methods=["post"], url_path="quick-answer")
    def quick_answer(self, request):
        question = request.data.get("question", "").strip()
        if not question:
            return Response({"detail": "question required"}, status=status.HTTP_400_BAD_REQUEST)
        answer = async_to_sync(multi_model_service.generate_response)(
            prompt=question,
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
        )
        return Response({"answer": answer})
