from __future__ import annotations

import logging

from django.conf import settings
from django.db import models

from apps.core.llm.clients import anthropic_client, get_voyage_client

logger = logging.getLogger(__name__)

SUMMARY_SYSTEM_PROMPT = (
    "You are assisting a recruiter. Summarise the candidate's CV in at most five bullet "
    "points: current role, years of experience, strongest skills, notable achievements, "
    "and anything the recruiter should double-check. Do not infer age, gender or ethnicity."
)
SUMMARY_INPUT_TOKEN_LIMIT = 60_000


class Organization(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="organizations", blank=True)

    def __str__(self) -> str:
        return self.name


class JobPosting(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="jobs")
    title = models.CharField(max_length=200)
    description = models.TextField()
    seniority = models.CharField(max_length=40, blank=True)
    is_open = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.title


class Candidate(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="candidates")
    job = models.ForeignKey(JobPosting, on_delete=models.SET_NULL, null=True, related_name="candidates")
    full_name = models.CharField(max_length=200)
    email = models.EmailField()
    phone = models.CharField(max_length=40, blank=True)
    resume_text = models.TextField()
    resume_key = models.CharField(max_length=300, blank=True)
    cover_letter = models.TextField(blank=True)
    skills = models.JSONField(default=list, blank=True)
    seniority = models.CharField(max_length=40, blank=True)
    summary = models.TextField(blank=True)
    resume_embedding = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["organization", "job"])]

    def __str__(self) -> str:
        return self.full_name

    @property
    def tenant_id(self) -> str:
        return str(self.organization_id)

    def summarize(self, *, save: bool = True) -> str:
        """Ask the model for a recruiter-facing summary of the CV."""
        messages = [{"role": "user", "content": f"CV of {self.full_name}:\n\n{self.resume_text}"}]
        count = anthropic_client.messages.count_tokens(
            model=settings.ANTHROPIC_MODEL,
            system=SUMMARY_SYSTEM_PROMPT,
            messages=messages,
        )
        if count.input_tokens > SUMMARY_INPUT_TOKEN_LIMIT:
            logger.info("CV for candidate %s too long (%d tokens), truncating", self.pk, count.input_tokens)
            messages[0]["content"] = messages[0]["content"][: SUMMARY_INPUT_TOKEN_LIMIT * 3]

        message = anthropic_client.messages.create(
            model=settings.ANTHROPIC_MODEL,
            max_tokens=600,
            system=SUMMARY_SYSTEM_PROMPT,
            messages=messages,
        )
        self.summary = "".join(b.text for b in message.content if b.type == "text").strip()
        if save:
            self.save(update_fields=["summary"])
        return self.summary

    def embed_resume(self, *, save: bool = True) -> list[float]:
        result = get_voyage_client().embed(
            [self.resume_text],
            model=settings.VOYAGE_MODEL,
            input_type="document",
        )
        self.resume_embedding = result.embeddings[0]
        if save:
            self.save(update_fields=["resume_embedding"])
        return self.resume_embedding


class ScreeningResult(models.Model):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="results")
    job = models.ForeignKey(JobPosting, on_delete=models.CASCADE, related_name="results")
    score = models.PositiveSmallIntegerField()
    rationale = models.TextField()
    model_id = models.CharField(max_length=120)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
