from rest_framework import serializers

from .models import Document, DocumentChunk, KnowledgeArticle


class DocumentSerializer(serializers.ModelSerializer):
    chunk_count = serializers.IntegerField(source="chunks.count", read_only=True)

    class Meta:
        model = Document
        fields = ["id", "title", "mime_type", "status", "summary", "extracted", "chunk_count", "created_at"]
        read_only_fields = ["status", "summary", "extracted", "created_at"]


class DocumentUploadSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=300)
    file = serializers.FileField()

    def validate_file(self, f):
        if f.size > 25 * 1024 * 1024:
            raise serializers.ValidationError("Files larger than 25MB are not supported.")
        return f

    def create(self, validated_data):
        request = self.context["request"]
        return Document.objects.create(
            tenant=request.tenant,
            title=validated_data["title"],
            source_key=validated_data["source_key"],
            mime_type=validated_data["file"].content_type,
            uploaded_by=request.user,
        )


class ChunkSerializer(serializers.ModelSerializer):
    document_title = serializers.CharField(source="document.title", read_only=True)

    class Meta:
        model = DocumentChunk
        fields = ["id", "document", "document_title", "ordinal", "text"]


class KnowledgeArticleSerializer(serializers.ModelSerializer):
    class Meta:
        model = KnowledgeArticle
        fields = ["id", "title", "body", "tags", "is_published", "created_at", "updated_at"]


class AskSerializer(serializers.Serializer):
    question = serializers.CharField(max_length=2000)
    document_ids = serializers.ListField(child=serializers.IntegerField(), required=False)
    top_k = serializers.IntegerField(min_value=1, max_value=20, default=6)
