import json
import logging

from django.conf import settings
from django.http import StreamingHttpResponse
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from apps.documents.models import KnowledgeArticle
from apps.tenants.models import Tenant
from services.ai import deployment, get_azure_openai_client, get_bedrock_agent_runtime, get_cohere_client
from services.ai.providers import get_backend

logger = logging.getLogger(__name__)

ASSISTANT_SYSTEM = (
    "You are Helix Assistant, embedded in {tenant}'s workspace. Help agents with their "
    "tickets and the knowledge base. Never invent policy; say when you are unsure."
)


class ChatTurnSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=["user", "assistant"])
    content = serializers.CharField(max_length=16_000)


class ChatRequestSerializer(serializers.Serializer):
    messages = ChatTurnSerializer(many=True)
    max_tokens = serializers.IntegerField(min_value=16, max_value=2000, default=700)


def _sse(data):
    return f"data: {json.dumps(data)}\n\n"


class AssistantViewSet(viewsets.ViewSet):
    @action(detail=False, methods=["post"])
    def chat(self, request):
        params = ChatRequestSerializer(data=request.data)
        params.is_valid(raise_exception=True)
        tenant = request.tenant
        system = ASSISTANT_SYSTEM.format(tenant=tenant.name)
        messages = params.validated_data["messages"]
        max_tokens = params.validated_data["max_tokens"]

        if tenant.chat_provider == Tenant.ChatProvider.BEDROCK:
            backend = get_backend(tenant)
            events = (_sse({"delta": piece}) for piece in backend.stream(messages, system=system, max_tokens=max_tokens))
        else:
            client = get_azure_openai_client()

            def events():
                stream = client.chat.completions.create(
                    model=deployment("chat"),
                    messages=[{"role": "system", "content": system}, *messages],
                    max_tokens=max_tokens,
                    stream=True,
                    stream_options={"include_usage": True},
                )
                for chunk in stream:
                    if chunk.usage:
                        logger.info("assistant usage", extra={"ctx": {"in": chunk.usage.prompt_tokens,
                                                                      "out": chunk.usage.completion_tokens}})
                    if chunk.choices and chunk.choices[0].delta.content:
                        yield _sse({"delta": chunk.choices[0].delta.content})
                yield _sse({"done": True})

            events = events()

        response = StreamingHttpResponse(events, content_type="text/event-stream")
        response["Cache-Control"] = "no-cache"
        response["X-Accel-Buffering"] = "no"
        return response

    @action(detail=False, methods=["post"], url_path="grounded")
    def grounded_answer(self, request):
        question = request.data.get("question", "")
        articles = KnowledgeArticle.objects.for_tenant(request.tenant).filter(is_published=True)[:30]
        docs = [{"id": str(a.pk), "data": {"title": a.title, "snippet": a.body[:3000]}} for a in articles]

        def events():
            for event in get_cohere_client().chat_stream(
                model=settings.COHERE_CHAT_MODEL,
                messages=[{"role": "user", "content": question}],
                documents=docs,
            ):
                if event.type == "content-delta":
                    yield _sse({"delta": event.delta.message.content.text})
                elif event.type == "citation-start":
                    yield _sse({"citation": event.delta.message.citations.dict()})
            yield _sse({"done": True})

        return StreamingHttpResponse(events(), content_type="text/event-stream")

    @action(detail=False, methods=["post"], url_path="kb-answer")
    def kb_answer(self, request):
        if not settings.BEDROCK_KNOWLEDGE_BASE_ID:
            return Response({"detail": "Knowledge base not configured"}, status=404)
        model_arn = f"arn:aws:bedrock:{settings.AWS_REGION}::foundation-model/{settings.BEDROCK_MODELS['claude']}"
        result = get_bedrock_agent_runtime().retrieve_and_generate(
            input={"text": request.data.get("question", "")},
            retrieveAndGenerateConfiguration={
                "type": "KNOWLEDGE_BASE",
                "knowledgeBaseConfiguration": {
                    "knowledgeBaseId": settings.BEDROCK_KNOWLEDGE_BASE_ID,
                    "modelArn": model_arn,
                    "retrievalConfiguration": {
                        "vectorSearchConfiguration": {
                            "numberOfResults": 6,
                            "filter": {"equals": {"key": "tenant_id", "value": str(request.tenant.pk)}},
                        }
                    },
                },
            },
        )
        citations = [
            ref["location"].get("s3Location", {}).get("uri")
            for c in result.get("citations", [])
            for ref in c.get("retrievedReferences", [])
        ]
        return Response({"answer": result["output"]["text"], "sources": citations})

    @action(detail=False, methods=["post"])
    def avatar(self, request):
        style = request.data.get("style", "friendly flat illustration")
        image = get_azure_openai_client().images.generate(
            model=deployment("images"),
            prompt=f"A {style} mascot avatar for a customer support assistant of a company called "
                   f"{request.tenant.name}. Simple shapes, no text.",
            size="1024x1024",
            n=1,
        )
        return Response({"url": image.data[0].url})
