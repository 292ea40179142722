from __future__ import annotations

import asyncio
import logging
import math

import litellm
from celery import shared_task
from django.conf import settings

from apps.core.llm.clients import get_cohere_client
from apps.core.llm.multi_model_service import TaskComplexity, multi_model_service

from .models import OutreachDraft
from .services import draft_email, send_email, send_sms

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def draft_and_send_task(self, draft_id: int) -> str:
    draft = OutreachDraft.objects.select_related("candidate", "candidate__job").get(pk=draft_id)
    if not draft.body:
        draft_email(draft)
    if draft.channel == OutreachDraft.Channel.SMS:
        send_sms(draft)
    else:
        send_email(draft)
    return draft.status


@shared_task
def follow_up_task(draft_id: int) -> int:
    previous = OutreachDraft.objects.select_related("candidate").get(pk=draft_id)
    result = asyncio.run(
        multi_model_service.generate_response(
            prompt=f"Write a two-sentence polite follow-up to this unanswered email:\n\n{previous.body}",
            task_type="outreach_follow_up",
            complexity=TaskComplexity.SIMPLE,
            feature="outreach_follow_up",
            tenant_id=previous.tenant_id,
        )
    )
    follow_up = OutreachDraft.objects.create(
        candidate=previous.candidate,
        channel=previous.channel,
        subject=f"Re: {previous.subject}",
        body=result.text,
    )
    return follow_up.pk


@shared_task
def check_tone_task(draft_id: int) -> str:
    draft = OutreachDraft.objects.get(pk=draft_id)
    response = get_cohere_client().chat(
        model=settings.COHERE_CHAT_MODEL,
        messages=[
            {
                "role": "system",
                "content": "Classify the tone of this recruiting email as one of: warm, neutral, pushy, cold.",
            },
            {"role": "user", "content": draft.body},
        ],
        temperature=0,
    )
    return response.message.content[0].text.strip().lower()


def _similarity(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)) or 1.0)


@shared_task
def flag_templated_drafts_task(candidate_id: int, threshold: float = 0.97) -> list[int]:
    """Find drafts to one candidate that are near-identical (copy-paste outreach)."""
    drafts = list(OutreachDraft.objects.filter(candidate_id=candidate_id).exclude(body=""))
    if len(drafts) < 2:
        return []
    response = litellm.embedding(
        model=f"openai/{settings.OPENAI_EMBEDDING_MODEL}",
        input=[d.body for d in drafts],
    )
    vectors = [item["embedding"] for item in response.data]
    flagged = {
        drafts[j].pk
        for i in range(len(drafts))
        for j in range(i + 1, len(drafts))
        if _similarity(vectors[i], vectors[j]) >= threshold
    }
    return sorted(flagged)
