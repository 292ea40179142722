from rest_framework import serializers

from nautobot_ai.models import AssistantRun


class ExplainRequestSerializer(serializers.Serializer):  # pylint: disable=abstract-method
    device = serializers.UUIDField()
    question = serializers.CharField(required=False, allow_blank=True, max_length=2000)
    provider = serializers.ChoiceField(
        choices=["openai", "anthropic", "bedrock", "mistral", "ollama"], required=False
    )


class SyslogRequestSerializer(serializers.Serializer):  # pylint: disable=abstract-method
    lines = serializers.ListField(child=serializers.CharField(max_length=4000), max_length=500)


class AssistantRunSerializer(serializers.ModelSerializer):
    class Meta:
        model = AssistantRun
        fields = ["id", "kind", "device", "prompt", "output", "provider", "model_name", "created"]
