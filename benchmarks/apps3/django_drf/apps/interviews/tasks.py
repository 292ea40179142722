from __future__ import annotations

import asyncio
import json
import logging

import anthropic
import boto3
from celery import shared_task
from django.conf import settings
from google.genai import types as genai_types

from apps.core.llm.clients import get_genai_client, get_router
from apps.core.llm.llm_usage_tracker import llm_tracker

from .models import InterviewKit
from .services import build_rubric, drop_near_duplicates, generate_question_bank, tailor_to_candidate

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=2, default_retry_delay=30)
def build_kit_task(self, kit_id: int) -> int:
    kit = InterviewKit.objects.select_related("job", "candidate").get(pk=kit_id)
    questions = generate_question_bank(kit)
    questions = tailor_to_candidate(kit, questions)
    kit.questions = drop_near_duplicates(questions)
    kit.rubric = build_rubric(kit)
    kit.save(update_fields=["questions", "rubric"])
    return len(kit.questions)


async def _review_kits(kits: list[InterviewKit]) -> dict[int, str]:
    client = anthropic.AsyncAnthropic(api_key=settings.ANTHROPIC_API_KEY)
    reviews: dict[int, str] = {}
    for kit in kits:
        async with llm_tracker.track_llm_call(
            feature="interview_kit_review",
            tenant_id=kit.tenant_id,
            provider="anthropic",
            model=settings.ANTHROPIC_MODEL,
        ) as usage_log:
            message = await client.messages.create(
                model=settings.ANTHROPIC_MODEL,
                max_tokens=700,
                system="Flag interview questions that are illegal or unfair to ask (age, family, religion, health).",
                messages=[{"role": "user", "content": json.dumps(kit.questions)}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        reviews[kit.pk] = "".join(b.text for b in message.content if b.type == "text")
    return reviews


@shared_task
def review_kits_task(kit_ids: list[int]) -> dict[int, str]:
    kits = list(InterviewKit.objects.filter(pk__in=kit_ids).select_related("job"))
    return asyncio.run(_review_kits(kits))


async def _translate_questions(questions: list[str], language: str) -> list[str]:
    client = get_genai_client()
    config = genai_types.GenerateContentConfig(temperature=0.2, max_output_tokens=400)
    responses = await asyncio.gather(
        *(
            client.aio.models.generate_content(
                model=settings.GEMINI_MODEL,
                contents=f"Translate this interview question into {language}. Reply with the translation only.\n\n{q}",
                config=config,
            )
            for q in questions
        )
    )
    return [(r.text or "").strip() for r in responses]


@shared_task
def translate_kit_task(kit_id: int, language: str) -> int:
    kit = InterviewKit.objects.get(pk=kit_id)
    texts = [q["text"] for q in kit.questions]
    for question, translated in zip(kit.questions, asyncio.run(_translate_questions(texts, language))):
        question.setdefault("translations", {})[language] = translated
    kit.save(update_fields=["questions"])
    return len(texts)


@shared_task
def score_answer_task(kit_id: int, question: str, answer: str) -> dict:
    kit = InterviewKit.objects.get(pk=kit_id)
    response = get_router().completion(
        model="interview-fast",
        messages=[
            {"role": "system", "content": f"Score the answer 1-5 using this rubric:\n{kit.rubric}\nReply as JSON."},
            {"role": "user", "content": f"Question: {question}\nAnswer: {answer}"},
        ],
        response_format={"type": "json_object"},
    )
    try:
        return json.loads(response.choices[0].message.content or "{}")
    except json.JSONDecodeError:
        return {"score": None, "raw": response.choices[0].message.content}


@shared_task
def warmup_questions_task(kit_id: int) -> str:
    kit = InterviewKit.objects.select_related("job").get(pk=kit_id)
    bedrock = boto3.client("bedrock-runtime", region_name=settings.AWS_BEDROCK_REGION)
    response = bedrock.converse_stream(
        modelId=settings.BEDROCK_QUESTION_MODEL_ID,
        messages=[
            {
                "role": "user",
                "content": [{"text": f"Three warm-up questions for a {kit.job.title} interview, one per line."}],
            }
        ],
        inferenceConfig={"maxTokens": 300, "temperature": 0.5},
    )
    parts: list[str] = []
    for event in response["stream"]:
        delta = event.get("contentBlockDelta", {}).get("delta", {})
        if "text" in delta:
            parts.append(delta["text"])
    return "".join(parts)
