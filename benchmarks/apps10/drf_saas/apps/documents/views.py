import json
import logging

from asgiref.sync import async_to_sync
from django.conf import settings
from django.db.models import F
from pgvector.django import CosineDistance
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response

from apps.tenants.permissions import IsTenantAdminOrReadOnly
from common.exceptions import AIServiceError
from services import storage
from services.ai import deployment, get_azure_openai_client, get_cohere_client
from services.ai.embeddings import embed_query
from services.ai.rerank import rerank
from services.multi_model_service import TaskComplexity, multi_model_service

from .extraction import extract_invoice_fields
from .models import Document, DocumentChunk, KnowledgeArticle
from .serializers import AskSerializer, DocumentSerializer, DocumentUploadSerializer, KnowledgeArticleSerializer

logger = logging.getLogger(__name__)

ANSWER_SYSTEM_PROMPT = (
    "You answer questions about the customer's own documents. Only use the numbered excerpts "
    "provided. Cite excerpts like [2]. If the answer is not in the excerpts, say you don't know."
)


class TenantScopedViewSetMixin:
    def get_queryset(self):
        return super().get_queryset().filter(tenant=self.request.tenant)


class DocumentViewSet(TenantScopedViewSetMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin,
                      mixins.DestroyModelMixin, viewsets.GenericViewSet):
    queryset = Document.objects.all()
    serializer_class = DocumentSerializer
    filterset_fields = ["status", "mime_type"]

    @action(detail=False, methods=["post"], parser_classes=[MultiPartParser])
    def upload(self, request):
        serializer = DocumentUploadSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        upload = serializer.validated_data["file"]
        key = storage.tenant_key(request.tenant.pk, "uploads", upload.name)
        storage.put_text(request.tenant.pk, f"uploads/{upload.name}", upload.read().decode("utf-8", "ignore"))
        doc = serializer.save(source_key=key)
        return Response(DocumentSerializer(doc).data, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"])
    def executive_summary(self, request, pk=None):
        doc = self.get_object()
        text = async_to_sync(multi_model_service.generate_response)(
            prompt=f"Write a three sentence executive summary of:\n\n{doc.text[:30_000]}",
            task_type="document_exec_summary",
            complexity=TaskComplexity.SIMPLE,
            tenant_id=str(request.tenant.pk),
        )
        return Response({"summary": text})

    @action(detail=True, methods=["post"])
    def extract(self, request, pk=None):
        doc = self.get_object()
        doc.extracted = extract_invoice_fields(doc.text)
        doc.save(update_fields=["extracted"])
        return Response(doc.extracted)

    @action(detail=False, methods=["post"])
    def ask(self, request):
        params = AskSerializer(data=request.data)
        params.is_valid(raise_exception=True)
        question = params.validated_data["question"]

        chunks = DocumentChunk.objects.for_tenant(request.tenant)
        if params.validated_data.get("document_ids"):
            chunks = chunks.filter(document_id__in=params.validated_data["document_ids"])
        qvec = embed_query(request.tenant, question)
        candidates = list(
            chunks.annotate(distance=CosineDistance("embedding", qvec)).order_by("distance")[:40]
        )
        ranked = rerank(request.tenant, question, [c.text for c in candidates], top_n=params.validated_data["top_k"])
        context = "\n\n".join(f"[{n}] {candidates[i].text}" for n, (i, _score) in enumerate(ranked, start=1))

        client = get_azure_openai_client()
        try:
            completion = client.chat.completions.create(
                model=deployment("chat"),
                messages=[
                    {"role": "system", "content": ANSWER_SYSTEM_PROMPT},
                    {"role": "user", "content": f"Excerpts:\n{context}\n\nQuestion: {question}"},
                ],
                temperature=0.1,
                max_tokens=700,
            )
        except Exception as exc:
            raise AIServiceError(str(exc), provider="azure") from exc

        sources = [{"chunk": candidates[i].pk, "document": candidates[i].document_id, "score": s} for i, s in ranked]
        return Response({"answer": completion.choices[0].message.content, "sources": sources})


class KnowledgeArticleViewSet(TenantScopedViewSetMixin, viewsets.ModelViewSet):
    queryset = KnowledgeArticle.objects.all()
    serializer_class = KnowledgeArticleSerializer
    permission_classes = [IsTenantAdminOrReadOnly]

    def perform_create(self, serializer):
        serializer.save(tenant=self.request.tenant)

    @action(detail=True, methods=["post"])
    def suggest_tags(self, request, pk=None):
        article = self.get_object()
        existing = sorted({t for tags in KnowledgeArticle.objects.for_tenant(request.tenant)
                           .values_list("tags", flat=True) for t in tags})
        resp = get_cohere_client().chat(
            model=settings.COHERE_CHAT_MODEL,
            messages=[
                {"role": "system", "content": "You tag help-center articles. Prefer existing tags: "
                                              + ", ".join(existing[:200])},
                {"role": "user", "content": f"Title: {article.title}\n\n{article.body[:8000]}\n\n"
                                            "Return JSON: {\"tags\": [..up to 5..]}"},
            ],
            response_format={"type": "json_object"},
            temperature=0.2,
        )
        try:
            tags = json.loads(resp.message.content[0].text)["tags"]
        except (ValueError, KeyError, IndexError):
            logger.warning("unparseable tag suggestion for article %s", article.pk)
            tags = []
        return Response({"tags": tags})

    @action(detail=False, methods=["get"])
    def search(self, request):
        q = request.query_params.get("q", "").strip()
        if not q:
            return Response([])
        qvec = embed_query(request.tenant, q)
        hits = (
            self.get_queryset()
            .filter(is_published=True, embedding__isnull=False)
            .annotate(distance=CosineDistance("embedding", qvec))
            .order_by(F("distance").asc())[:10]
        )
        return Response(KnowledgeArticleSerializer(hits, many=True).data)
