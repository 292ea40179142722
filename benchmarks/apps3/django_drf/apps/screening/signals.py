"""Enrichment that runs when screening data changes."""
from __future__ import annotations

import logging

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from apps.core.llm.clients import get_groq_client

from .models import Candidate, JobPosting

logger = logging.getLogger(__name__)

SENIORITY_LEVELS = {"junior", "mid", "senior", "staff", "principal"}


@receiver(post_save, sender=JobPosting, dispatch_uid="jobposting_seniority")
def infer_job_seniority(sender, instance: JobPosting, created: bool, **kwargs) -> None:
    if not created or instance.seniority:
        return
    try:
        completion = get_groq_client().chat.completions.create(
            model=settings.GROQ_MODEL,
            messages=[
                {"role": "system", "content": "Classify the job's seniority. One word: " + ", ".join(sorted(SENIORITY_LEVELS))},
                {"role": "user", "content": f"{instance.title}\n\n{instance.description[:6000]}"},
            ],
            temperature=0,
            max_tokens=4,
        )
    except Exception:
        logger.exception("Seniority inference failed for job %s", instance.pk)
        return
    level = (completion.choices[0].message.content or "").strip().lower()
    if level in SENIORITY_LEVELS:
        JobPosting.objects.filter(pk=instance.pk).update(seniority=level)


@receiver(post_save, sender=Candidate, dispatch_uid="candidate_embedding")
def embed_new_candidate(sender, instance: Candidate, created: bool, update_fields=None, **kwargs) -> None:
    if not created or not instance.resume_text:
        return
    llm = apps.get_app_config("core").llm
    response = llm.embeddings.create(
        model=settings.OPENAI_EMBEDDING_MODEL,
        input=instance.resume_text[:24_000],
    )
    Candidate.objects.filter(pk=instance.pk).update(resume_embedding=response.data[0].embedding)
