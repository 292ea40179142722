"""CV screening: scoring, profile extraction, ranking and storage."""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import cached_property

import boto3
import voyageai
from django.conf import settings
from google.genai import types as genai_types

from apps.core.llm.clients import bedrock_runtime, get_cohere_client, get_genai_client

from .models import Candidate, JobPosting, ScreeningResult

logger = logging.getLogger(__name__)

SCORING_SYSTEM_PROMPT = (
    "Score how well the candidate matches the job on a 0-100 scale. Consider only "
    "skills, experience and stated requirements. Reply as JSON: "
    '{"score": int, "rationale": str}.'
)

_JSON_RE = re.compile(r"\{.*\}", re.DOTALL)


@dataclass(frozen=True)
class Score:
    value: int
    rationale: str
    model_id: str


def _parse_score(text: str) -> tuple[int, str]:
    match = _JSON_RE.search(text)
    if not match:
        raise ValueError("no JSON object in model output")
    data = json.loads(match.group(0))
    return max(0, min(100, int(data["score"]))), str(data.get("rationale", ""))


def scoring_messages(candidate: Candidate, job: JobPosting) -> list[dict]:
    return [
        {
            "role": "user",
            "content": [
                {"text": f"JOB: {job.title}\n{job.description}"},
                {"text": f"CANDIDATE CV:\n{candidate.resume_text[:30_000]}"},
            ],
        }
    ]


def score_candidate(candidate: Candidate, job: JobPosting) -> Score:
    response = bedrock_runtime().converse(
        modelId=settings.BEDROCK_SCORING_MODEL_ID,
        system=[{"text": SCORING_SYSTEM_PROMPT}],
        messages=scoring_messages(candidate, job),
        inferenceConfig={"maxTokens": 400, "temperature": 0},
    )
    text = response["output"]["message"]["content"][0]["text"]
    value, rationale = _parse_score(text)
    return Score(value=value, rationale=rationale, model_id=settings.BEDROCK_SCORING_MODEL_ID)


def save_score(candidate: Candidate, job: JobPosting, score: Score) -> ScreeningResult:
    return ScreeningResult.objects.create(
        candidate=candidate,
        job=job,
        score=score.value,
        rationale=score.rationale,
        model_id=score.model_id,
    )


def extract_profile(candidate: Candidate) -> dict:
    """Structured profile (titles, employers, years) used by the search index."""
    genai_client = get_genai_client()
    response = genai_client.models.generate_content(
        model=settings.GEMINI_MODEL,
        contents=[candidate.resume_text],
        config=genai_types.GenerateContentConfig(
            system_instruction="Extract the work history as JSON with keys titles, employers, total_years.",
            response_mime_type="application/json",
            temperature=0,
        ),
    )
    try:
        return json.loads(response.text or "{}")
    except json.JSONDecodeError:
        logger.warning("Unparseable profile for candidate %s", candidate.pk)
        return {}


def rank_candidates(job: JobPosting, candidates: list[Candidate], top_n: int = 20) -> list[tuple[Candidate, float]]:
    if not candidates:
        return []
    co = get_cohere_client()
    result = co.rerank(
        model=settings.COHERE_RERANK_MODEL,
        query=f"{job.title}\n{job.description[:4000]}",
        documents=[c.resume_text[:8000] for c in candidates],
        top_n=min(top_n, len(candidates)),
    )
    return [(candidates[r.index], r.relevance_score) for r in result.results]


def embed_for_search(texts: list[str]) -> list[list[float]]:
    response = get_cohere_client().embed(
        texts=texts,
        model=settings.COHERE_EMBED_MODEL,
        input_type="search_document",
        embedding_types=["float"],
    )
    return response.embeddings.float_


class ResumeEmbedder:
    """Batches CV text into Voyage embedding requests."""

    batch_size = 64

    @cached_property
    def client(self) -> voyageai.Client:
        return voyageai.Client(api_key=settings.VOYAGE_API_KEY, max_retries=3)

    def embed_many(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            chunk = texts[start : start + self.batch_size]
            result = self.client.embed(chunk, model=settings.VOYAGE_MODEL, input_type="document")
            vectors.extend(result.embeddings)
        return vectors


def store_resume_file(candidate: Candidate, content: bytes, content_type: str) -> str:
    key = f"{candidate.organization_id}/{candidate.pk}/resume"
    s3 = boto3.client("s3")
    s3.put_object(
        Bucket=settings.RESUME_BUCKET,
        Key=key,
        Body=content,
        ContentType=content_type,
        ServerSideEncryption="aws:kms",
    )
    candidate.resume_key = key
    candidate.save(update_fields=["resume_key"])
    return key
