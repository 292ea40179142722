from netbox.api.fields import ContentTypeField
from netbox.api.serializers import NetBoxModelSerializer
from rest_framework import serializers

from ..models import Conversation, ConversationMessage, ObjectSummary, PromptTemplate


class PromptTemplateSerializer(NetBoxModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="plugins-api:netbox_ai_assist-api:prompttemplate-detail")

    class Meta:
        model = PromptTemplate
        fields = (
            "id", "url", "display", "name", "description", "system_prompt", "user_template",
            "provider", "model_name", "tags", "custom_fields", "created", "last_updated",
        )
        brief_fields = ("id", "url", "display", "name")


class ObjectSummarySerializer(NetBoxModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="plugins-api:netbox_ai_assist-api:objectsummary-detail")
    assigned_object_type = ContentTypeField(queryset=ObjectSummary._meta.get_field("assigned_object_type").related_model.objects.all())

    class Meta:
        model = ObjectSummary
        fields = (
            "id", "url", "display", "assigned_object_type", "assigned_object_id", "status", "text",
            "provider", "model_name", "input_tokens", "output_tokens", "generated", "tags", "created",
        )
        brief_fields = ("id", "url", "display", "status")


class ConversationMessageSerializer(serializers.ModelSerializer):
    class Meta:
        model = ConversationMessage
        fields = ("id", "role", "content", "created", "input_tokens", "output_tokens")


class ConversationSerializer(NetBoxModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="plugins-api:netbox_ai_assist-api:conversation-detail")
    messages = ConversationMessageSerializer(many=True, read_only=True)

    class Meta:
        model = Conversation
        fields = ("id", "url", "display", "title", "provider", "model_name", "user", "messages", "tags", "created")
        brief_fields = ("id", "url", "display", "title")


class AskSerializer(serializers.Serializer):
    question = serializers.CharField()
    documents = serializers.ListField(child=serializers.CharField(), required=False, default=list)
    provider = serializers.CharField(required=False, default="cohere")
