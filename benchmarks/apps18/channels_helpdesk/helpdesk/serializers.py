from rest_framework import serializers

from helpdesk.models import KnowledgeArticle, Message, Ticket


class MessageSerializer(serializers.ModelSerializer):
    class Meta:
        model = Message
        fields = ["id", "author_type", "body", "is_internal", "created_at"]
        read_only_fields = ["id", "created_at"]


class TicketSerializer(serializers.ModelSerializer):
    messages = MessageSerializer(many=True, read_only=True)
    customer_email = serializers.EmailField(source="customer.email", read_only=True)

    class Meta:
        model = Ticket
        fields = [
            "id", "subject", "body", "status", "priority", "category", "sentiment",
            "language", "ai_summary", "ai_tags", "customer", "customer_email", "messages",
            "created_at", "updated_at",
        ]
        read_only_fields = ["ai_summary", "ai_tags", "sentiment", "language", "created_at", "updated_at"]


class SuggestReplySerializer(serializers.Serializer):
    ticket_id = serializers.IntegerField()
    instructions = serializers.CharField(required=False, allow_blank=True, max_length=1000)


class RewriteSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=8000)
    tone = serializers.ChoiceField(choices=["friendly", "formal", "apologetic", "concise"], default="friendly")


class ResearchSerializer(serializers.Serializer):
    question = serializers.CharField(max_length=2000)


class KBUploadSerializer(serializers.Serializer):
    article = serializers.PrimaryKeyRelatedField(queryset=KnowledgeArticle.objects.all())
    file = serializers.FileField()
