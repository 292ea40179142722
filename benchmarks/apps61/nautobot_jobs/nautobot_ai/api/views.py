"""REST API for the assistants."""

import logging

from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from nautobot.apps.api import NautobotModelViewSet
from nautobot.dcim.models import Device
from rest_framework import status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from nautobot_ai.api.serializers import AssistantRunSerializer, ExplainRequestSerializer, SyslogRequestSerializer
from nautobot_ai.assistants.syslog_classifier import classify_batch, prefilter
from nautobot_ai.llm import get_mistral_client, get_openai_client, registry
from nautobot_ai.llm.prompts import EXPLAIN_SYSTEM, render_device_context
from nautobot_ai.models import AssistantRun
from nautobot_ai.config_parsing import get_backup_config, redact

logger = logging.getLogger(__name__)


def _flagged(text):
    """Run the free-text question through moderation before it goes anywhere."""
    result = get_openai_client().moderations.create(model="omni-moderation-latest", input=text)
    return result.results[0].flagged


class AssistantRunViewSet(NautobotModelViewSet):  # pylint: disable=too-many-ancestors
    queryset = AssistantRun.objects.select_related("device")
    serializer_class = AssistantRunSerializer
    filterset_fields = ["kind", "device", "provider"]


class ExplainConfigView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        serializer = ExplainRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        device = get_object_or_404(Device.objects.restrict(request.user, "view"), pk=serializer.validated_data["device"])
        question = serializer.validated_data.get("question", "")
        if question and _flagged(question):
            return Response({"detail": "Question rejected by moderation."}, status=status.HTTP_400_BAD_REQUEST)

        config_text = redact(get_backup_config(device))
        provider = registry.get(serializer.validated_data.get("provider"))
        completion = provider.complete(
            EXPLAIN_SYSTEM, f"{render_device_context(device)}\n\n{config_text}\n\n{question}".strip()
        )
        run = AssistantRun.objects.create(
            kind="explain",
            device=device,
            prompt=question,
            output=completion.text,
            provider=completion.provider,
            model_name=completion.model,
        )
        return Response(AssistantRunSerializer(run, context={"request": request}).data, status=status.HTTP_201_CREATED)


class ExplainStreamView(APIView):
    """Server-sent text stream; Mistral is the fastest first-token for this."""

    permission_classes = [IsAuthenticated]

    def get(self, request):
        device = get_object_or_404(Device.objects.restrict(request.user, "view"), pk=request.query_params.get("device"))
        config_text = redact(get_backup_config(device))
        client = get_mistral_client()

        def events():
            stream = client.chat.stream(
                model="mistral-small-latest",
                messages=[
                    {"role": "system", "content": EXPLAIN_SYSTEM},
                    {"role": "user", "content": f"{render_device_context(device)}\n\n{config_text}"},
                ],
            )
            for event in stream:
                delta = event.data.choices[0].delta.content
                if delta:
                    yield f"data: {delta}\n\n"
            yield "event: done\ndata: \n\n"

        return StreamingHttpResponse(events(), content_type="text/event-stream")


class SyslogClassifyView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        serializer = SyslogRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        lines, dropped = prefilter(serializer.validated_data["lines"])
        results = classify_batch(get_mistral_client(), lines)
        return Response({"dropped": dropped, "results": results})


class ProviderModelsView(APIView):
    """Lists models for the settings form. Listing is free; no generation here."""

    permission_classes = [IsAuthenticated]

    def get(self, request):
        names = sorted(m.id for m in get_openai_client().models.list() if m.id.startswith(("gpt-", "o")))
        local = [m["model"] for m in registry.get("ollama").client.list().get("models", [])]
        return Response({"openai": names, "ollama": local, "providers": registry.names()})
