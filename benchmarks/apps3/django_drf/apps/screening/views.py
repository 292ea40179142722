from __future__ import annotations

import logging
import math

import anthropic
from django.conf import settings
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.core.decorators import moderated
from apps.core.llm.clients import get_cohere_client, openai_embed
from apps.core.mixins import LLMClientMixin, ModelUnavailable

from .models import Candidate, JobPosting
from .serializers import CandidateSerializer, ScreeningResultSerializer
from .services import save_score, score_candidate
from .tasks import summarize_candidate_task

logger = logging.getLogger(__name__)

SCREEN_SYSTEM_PROMPT = (
    "You are a recruiting assistant. Given a job and a CV, list must-have requirements "
    "the candidate clearly meets, ones that are unclear, and ones that are missing."
)


@method_decorator(moderated("cover_letter"), name="create")
class CandidateViewSet(LLMClientMixin, viewsets.ModelViewSet):
    serializer_class = CandidateSerializer

    def get_queryset(self):
        return Candidate.objects.filter(organization__members=self.request.user).select_related("job")

    @action(detail=True, methods=["post"])
    def screen(self, request, pk=None):
        candidate = self.get_object()
        if candidate.job is None:
            return Response({"detail": "Candidate is not attached to a job."}, status=status.HTTP_400_BAD_REQUEST)
        try:
            message = self.llm_client.messages.create(
                model=self.llm_model,
                max_tokens=900,
                system=SCREEN_SYSTEM_PROMPT,
                messages=[
                    {
                        "role": "user",
                        "content": f"JOB:\n{candidate.job.description}\n\nCV:\n{candidate.resume_text}",
                    }
                ],
            )
        except anthropic.APIError as exc:
            raise ModelUnavailable() from exc
        notes = "".join(b.text for b in message.content if b.type == "text")
        return Response({"candidate": candidate.pk, "notes": notes})

    @action(detail=True, methods=["post"])
    def score(self, request, pk=None):
        candidate = self.get_object()
        result = save_score(candidate, candidate.job, score_candidate(candidate, candidate.job))
        return Response(ScreeningResultSerializer(result).data, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"])
    def summary(self, request, pk=None):
        candidate = self.get_object()
        if request.query_params.get("async"):
            summarize_candidate_task.delay(candidate.pk)
            return Response(status=status.HTTP_202_ACCEPTED)
        return Response({"summary": candidate.summarize()})

    @action(detail=True, methods=["get"])
    def requirements(self, request, pk=None):
        candidate = self.get_object()
        data = self.complete_json(
            "Extract the hard requirements from the job description as {\"requirements\": [str]}.",
            candidate.job.description if candidate.job else "",
        )
        return Response(data)


class ShortlistView(APIView):
    """Rerank every open application for a job and return the best matches."""

    def get(self, request, job_id: int):
        job = get_object_or_404(JobPosting, pk=job_id, organization__members=request.user)
        candidates = list(job.candidates.only("id", "full_name", "resume_text", "resume_embedding")[:500])
        if not candidates:
            return Response({"results": []})
        top_n = int(request.query_params.get("top_n", 15))
        if request.query_params.get("mode") == "vector":
            return Response({"job": job.pk, "results": self._vector_shortlist(job, candidates, top_n)})
        reranked = get_cohere_client().rerank(
            model=settings.COHERE_RERANK_MODEL,
            query=job.description[:4000],
            documents=[c.resume_text[:8000] for c in candidates],
            top_n=min(top_n, len(candidates)),
        )
        results = [
            {
                "id": candidates[r.index].pk,
                "full_name": candidates[r.index].full_name,
                "relevance": round(r.relevance_score, 4),
            }
            for r in reranked.results
        ]
        return Response({"job": job.pk, "results": results})

    @staticmethod
    def _vector_shortlist(job: JobPosting, candidates: list[Candidate], top_n: int) -> list[dict]:
        [job_vector] = openai_embed([job.description[:24_000]])

        def cosine(vec: list[float]) -> float:
            dot = sum(a * b for a, b in zip(job_vector, vec))
            norm = math.sqrt(sum(a * a for a in job_vector)) * math.sqrt(sum(b * b for b in vec))
            return dot / norm if norm else 0.0

        scored = [(c, cosine(c.resume_embedding)) for c in candidates if c.resume_embedding]
        scored.sort(key=lambda pair: pair[1], reverse=True)
        return [{"id": c.pk, "full_name": c.full_name, "relevance": round(s, 4)} for c, s in scored[:top_n]]
