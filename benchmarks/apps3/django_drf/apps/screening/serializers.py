from __future__ import annotations

import json
import logging

from django.conf import settings
from django.db import transaction
from openai import OpenAIError
from rest_framework import serializers

from apps.core.llm import fast_completion, get_openai_client

from .models import Candidate, JobPosting, ScreeningResult

logger = logging.getLogger(__name__)

BIAS_CHECK_INSTRUCTIONS = (
    "You review job descriptions for exclusionary or discriminatory wording (age, gender, "
    "nationality, disability, family status). Reply with JSON: "
    '{"ok": bool, "issues": [{"phrase": str, "reason": str}]}.'
)


class JobPostingSerializer(serializers.ModelSerializer):
    class Meta:
        model = JobPosting
        fields = ["id", "organization", "title", "description", "seniority", "is_open", "created_at"]
        read_only_fields = ["id", "created_at"]

    def validate_description(self, value: str) -> str:
        if len(value) < 200:
            raise serializers.ValidationError("Description is too short to screen against.")
        try:
            response = get_openai_client().responses.create(
                model=settings.OPENAI_FAST_MODEL,
                instructions=BIAS_CHECK_INSTRUCTIONS,
                input=value,
                text={"format": {"type": "json_object"}},
            )
            verdict = json.loads(response.output_text)
        except (OpenAIError, json.JSONDecodeError):
            logger.exception("Bias check failed; accepting description unchecked")
            return value
        if not verdict.get("ok", True):
            raise serializers.ValidationError(
                [f'"{i["phrase"]}": {i["reason"]}' for i in verdict.get("issues", [])]
            )
        return value


class CandidateSerializer(serializers.ModelSerializer):
    class Meta:
        model = Candidate
        fields = [
            "id",
            "organization",
            "job",
            "full_name",
            "email",
            "phone",
            "resume_text",
            "cover_letter",
            "skills",
            "seniority",
            "summary",
            "created_at",
        ]
        read_only_fields = ["id", "skills", "seniority", "summary", "created_at"]

    @transaction.atomic
    def create(self, validated_data: dict) -> Candidate:
        candidate = Candidate.objects.create(**validated_data)
        try:
            response = fast_completion(
                messages=[
                    {
                        "role": "system",
                        "content": "Extract a JSON list of concrete technical and professional skills from the CV.",
                    },
                    {"role": "user", "content": candidate.resume_text[:20_000]},
                ],
                response_format={"type": "json_object"},
            )
            payload = json.loads(response.choices[0].message.content or "{}")
            candidate.skills = payload.get("skills", [])[:50]
            candidate.save(update_fields=["skills"])
        except Exception:
            logger.exception("Skill extraction failed for candidate %s", candidate.pk)
        return candidate


class ScreeningResultSerializer(serializers.ModelSerializer):
    candidate_name = serializers.CharField(source="candidate.full_name", read_only=True)

    class Meta:
        model = ScreeningResult
        fields = ["id", "candidate", "candidate_name", "job", "score", "rationale", "model_id", "created_at"]
        read_only_fields = fields
