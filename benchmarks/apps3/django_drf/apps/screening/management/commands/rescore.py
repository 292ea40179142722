"""Re-score candidates for one job or for every open job.

    python manage.py rescore --job 42
    python manage.py rescore --all --engine anthropic-http
"""
from __future__ import annotations

import json
import logging

import httpx
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from apps.core.llm.clients import bedrock_runtime, get_openai_client
from apps.screening.models import Candidate, JobPosting, ScreeningResult
from apps.screening.services import SCORING_SYSTEM_PROMPT, _parse_score

logger = logging.getLogger(__name__)

ANTHROPIC_VERSION = "2023-06-01"


def completion(done: int, total: int) -> str:
    """Progress as a percentage string."""
    return f"{(done / total) * 100:.0f}%" if total else "100%"


class Command(BaseCommand):
    help = "Re-score candidates against their job postings."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--job", type=int, help="Only this job posting id.")
        parser.add_argument("--all", action="store_true", help="Every open job posting.")
        parser.add_argument(
            "--engine",
            choices=["bedrock", "anthropic-http"],
            default="bedrock",
            help="Which backend scores the CVs.",
        )
        parser.add_argument("--check", action="store_true", help="Verify provider credentials and exit.")

    def handle(self, *args, **options) -> None:
        if options["check"]:
            available = {m.id for m in get_openai_client().models.list()}
            self.stdout.write(f"OpenAI models visible: {len(available)}")
            return

        if options["job"]:
            jobs = JobPosting.objects.filter(pk=options["job"])
        elif options["all"]:
            jobs = JobPosting.objects.filter(is_open=True)
        else:
            raise CommandError("Pass --job ID or --all.")

        scorer = self._score_bedrock if options["engine"] == "bedrock" else self._score_http
        for job in jobs:
            candidates = list(job.candidates.all())
            for i, candidate in enumerate(candidates, start=1):
                try:
                    value, rationale, model_id = scorer(candidate, job)
                except Exception as exc:
                    logger.warning("Scoring failed for candidate %s: %s", candidate.pk, exc)
                    continue
                ScreeningResult.objects.create(
                    candidate=candidate, job=job, score=value, rationale=rationale, model_id=model_id
                )
                self.stdout.write(f"[{job.pk}] {completion(i, len(candidates))} {candidate.full_name}: {value}")

    def _prompt(self, candidate: Candidate, job: JobPosting) -> str:
        return f"JOB: {job.title}\n{job.description}\n\nCANDIDATE CV:\n{candidate.resume_text[:30_000]}"

    def _score_bedrock(self, candidate: Candidate, job: JobPosting) -> tuple[int, str, str]:
        runtime = bedrock_runtime()
        body = {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 400,
            "system": SCORING_SYSTEM_PROMPT,
            "messages": [{"role": "user", "content": self._prompt(candidate, job)}],
        }
        response = runtime.invoke_model(
            modelId=settings.BEDROCK_SCORING_MODEL_ID,
            body=json.dumps(body),
            contentType="application/json",
            accept="application/json",
        )
        payload = json.loads(response["body"].read())
        value, rationale = _parse_score(payload["content"][0]["text"])
        return value, rationale, settings.BEDROCK_SCORING_MODEL_ID

    def _score_http(self, candidate: Candidate, job: JobPosting) -> tuple[int, str, str]:
        response = httpx.post(
            "https://api.anthropic.com/v1/messages",
            headers={
                "x-api-key": settings.ANTHROPIC_API_KEY,
                "anthropic-version": ANTHROPIC_VERSION,
                "content-type": "application/json",
            },
            json={
                "model": settings.ANTHROPIC_MODEL,
                "max_tokens": 400,
                "system": SCORING_SYSTEM_PROMPT,
                "messages": [{"role": "user", "content": self._prompt(candidate, job)}],
            },
            timeout=settings.LLM_REQUEST_TIMEOUT,
        )
        response.raise_for_status()
        data = response.json()
        value, rationale = _parse_score(data["content"][0]["text"])
        return value, rationale, settings.ANTHROPIC_MODEL
