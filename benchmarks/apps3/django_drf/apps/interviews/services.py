"""Interview kit generation."""
from __future__ import annotations

import json
import logging
import math

import requests
from django.apps import apps
from django.conf import settings

from apps.core.llm.clients import OPENAI_RESPONSES_URL, get_mistral_client

from .models import InterviewKit

logger = logging.getLogger(__name__)

QUESTION_SYSTEM_PROMPT = (
    "You design structured interviews. Produce {n} questions that probe the listed focus areas, "
    "mixing behavioural and technical questions. Return JSON: "
    '{{"questions": [{{"text": str, "focus": str, "kind": "behavioural"|"technical"}}]}}.'
)
DUPLICATE_THRESHOLD = 0.92


class QuestionGenerationError(RuntimeError):
    pass


def generate_question_bank(kit: InterviewKit, n: int = 10) -> list[dict]:
    llm = apps.get_app_config("core").llm
    focus = ", ".join(kit.focus_areas) or "general fit for the role"
    response = llm.chat.completions.create(
        model=settings.OPENAI_CHAT_MODEL,
        messages=[
            {"role": "system", "content": QUESTION_SYSTEM_PROMPT.format(n=n)},
            {
                "role": "user",
                "content": f"Role: {kit.job.title}\nFocus areas: {focus}\n\nJob description:\n{kit.job.description}",
            },
        ],
        response_format={"type": "json_object"},
        temperature=0.4,
    )
    try:
        questions = json.loads(response.choices[0].message.content or "{}")["questions"]
    except (KeyError, json.JSONDecodeError) as exc:
        raise QuestionGenerationError("model returned malformed question list") from exc
    return questions[:n]


def tailor_to_candidate(kit: InterviewKit, questions: list[dict]) -> list[dict]:
    """Rewrite generic questions so they reference the candidate's own experience."""
    if kit.candidate is None:
        return questions
    mistral = get_mistral_client()
    result = mistral.chat.complete(
        model=settings.MISTRAL_MODEL,
        messages=[
            {
                "role": "system",
                "content": "Rewrite each question to reference the candidate's CV where relevant. Keep the JSON shape.",
            },
            {
                "role": "user",
                "content": json.dumps({"cv": kit.candidate.resume_text[:15_000], "questions": questions}),
            },
        ],
        response_format={"type": "json_object"},
        temperature=0.3,
    )
    try:
        return json.loads(result.choices[0].message.content)["questions"]
    except (KeyError, TypeError, json.JSONDecodeError):
        logger.warning("Could not tailor questions for kit %s; keeping generic ones", kit.pk)
        return questions


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def drop_near_duplicates(questions: list[dict]) -> list[dict]:
    if len(questions) < 2:
        return questions
    embeddings = get_mistral_client().embeddings.create(
        model="mistral-embed",
        inputs=[q["text"] for q in questions],
    )
    vectors = [item.embedding for item in embeddings.data]
    kept: list[int] = []
    for i, vec in enumerate(vectors):
        if all(_cosine(vec, vectors[j]) < DUPLICATE_THRESHOLD for j in kept):
            kept.append(i)
    return [questions[i] for i in kept]


def build_rubric(kit: InterviewKit) -> str:
    payload = {
        "model": settings.OPENAI_CHAT_MODEL,
        "instructions": "Write a 1-5 scoring rubric for each question. Plain text, one block per question.",
        "input": json.dumps(kit.questions),
        "max_output_tokens": 2000,
    }
    resp = requests.post(
        OPENAI_RESPONSES_URL,
        headers={"Authorization": f"Bearer {settings.OPENAI_API_KEY}"},
        json=payload,
        timeout=settings.LLM_REQUEST_TIMEOUT,
    )
    resp.raise_for_status()
    data = resp.json()
    chunks = [
        part["text"]
        for item in data.get("output", [])
        if item.get("type") == "message"
        for part in item.get("content", [])
        if part.get("type") == "output_text"
    ]
    return "\n".join(chunks)
