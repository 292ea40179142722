from asgiref.sync import async_to_sync
from dcim.models import Device
from django.shortcuts import get_object_or_404
from netbox.api.viewsets import NetBoxModelViewSet
from netbox.plugins import get_plugin_config
from rest_framework.decorators import action
from rest_framework.response import Response

from .. import filtersets
from ..llm import get_async_anthropic_client, get_cohere_client
from ..models import Conversation, ObjectSummary, PromptTemplate
from ..services import chat as chat_service
from ..services.summarizer import DeviceSummarizer
from . import serializers


class PromptTemplateViewSet(NetBoxModelViewSet):
    queryset = PromptTemplate.objects.prefetch_related("tags")
    serializer_class = serializers.PromptTemplateSerializer
    filterset_class = filtersets.PromptTemplateFilterSet


class ObjectSummaryViewSet(NetBoxModelViewSet):
    queryset = ObjectSummary.objects.prefetch_related("tags")
    serializer_class = serializers.ObjectSummarySerializer
    filterset_class = filtersets.ObjectSummaryFilterSet

    @action(detail=False, methods=["post"], url_path="generate")
    def generate(self, request):
        device = get_object_or_404(Device.objects.restrict(request.user, "view"), pk=request.data.get("device"))
        template = None
        if request.data.get("template"):
            template = get_object_or_404(PromptTemplate, pk=request.data["template"])
        summary = DeviceSummarizer(template=template).summarize(device)
        return Response(self.get_serializer(summary).data, status=201)


class ConversationViewSet(NetBoxModelViewSet):
    queryset = Conversation.objects.prefetch_related("tags", "messages")
    serializer_class = serializers.ConversationSerializer
    filterset_class = filtersets.ConversationFilterSet

    def perform_create(self, serializer):
        conversation = serializer.save(user=self.request.user)
        first = self.request.data.get("first_question")
        if first:
            chat_service.quick_title(conversation, first)

    @action(detail=True, methods=["post"])
    def reply(self, request, pk=None):
        conversation = self.get_object()
        message = chat_service.reply(conversation, request.data["content"], context=request.data.get("context", ""))
        return Response(serializers.ConversationMessageSerializer(message).data)


async def _claude_answer(question: str, documents: list[str]) -> dict:
    client = get_async_anthropic_client()
    docs = "\n\n".join(f"<doc>{d}</doc>" for d in documents)
    msg = await client.messages.create(
        model=get_plugin_config("netbox_ai_assist", "anthropic_model"),
        max_tokens=800,
        messages=[{"role": "user", "content": f"{docs}\n\nQuestion: {question}"}],
    )
    return {"answer": msg.content[0].text, "usage": msg.usage.model_dump()}


class AskViewSet(NetBoxModelViewSet):
    """POST-only endpoint; uses Cohere's grounded chat with documents by default."""

    queryset = Conversation.objects.none()
    serializer_class = serializers.AskSerializer
    http_method_names = ["post"]

    def create(self, request, *args, **kwargs):
        ser = serializers.AskSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        data = ser.validated_data
        if data["provider"] == "anthropic":
            return Response(async_to_sync(_claude_answer)(data["question"], data["documents"]))
        co = get_cohere_client()
        res = co.chat(
            model="command-r-plus-08-2024",
            messages=[{"role": "user", "content": data["question"]}],
            documents=[{"data": {"text": d}} for d in data["documents"]],
        )
        return Response({"answer": res.message.content[0].text, "citations": [c.text for c in (res.message.citations or [])]})
