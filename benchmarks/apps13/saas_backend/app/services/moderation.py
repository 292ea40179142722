"""Content moderation for user-generated text (comments, ticket replies, doc titles).

Two layers:
1. Bedrock Guardrails (cheap, policy managed by trust & safety in the AWS console).
2. A Gemini classifier for things guardrails don't cover (spam, self-promotion,
   off-topic), returning a structured verdict.
"""
from __future__ import annotations

import json
import logging
import re
import uuid

from google.genai import types

from app.core.config import settings
from app.models import ModerationVerdict
from app.services.ai_clients import get_bedrock_runtime, get_genai_client
from app.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

CLASSIFIER_PROMPT = """Classify the following user-generated content from a B2B workspace.
Categories: spam, harassment, hate, sexual, self_harm, violence, pii, off_topic.
Return flagged=true only if at least one category clearly applies.
Severity: 0 none, 1 low, 2 medium, 3 high.

Content:
<<<
{content}
>>>"""

# obvious junk we don't need a model for
_LINK_SPAM = re.compile(r"(https?://\S+.*){6,}", re.S)


class ModerationService:
    def __init__(self) -> None:
        self._genai = get_genai_client()
        self._bedrock = get_bedrock_runtime()

    def _guardrail(self, text: str, source: str = "INPUT") -> ModerationVerdict | None:
        if not settings.BEDROCK_GUARDRAIL_ID:
            return None
        result = self._bedrock.apply_guardrail(
            guardrailIdentifier=settings.BEDROCK_GUARDRAIL_ID,
            guardrailVersion=settings.BEDROCK_GUARDRAIL_VERSION,
            source=source,
            content=[{"text": {"text": text}}],
        )
        if result["action"] != "GUARDRAIL_INTERVENED":
            return None
        categories: list[str] = []
        for assessment in result.get("assessments", []):
            for f in assessment.get("contentPolicy", {}).get("filters", []):
                categories.append(f["type"].lower())
            for t in assessment.get("topicPolicy", {}).get("topics", []):
                categories.append(t["name"])
        return ModerationVerdict(flagged=True, categories=categories, severity=3, reason="guardrail")

    def _classify(self, text: str) -> ModerationVerdict:
        response = self._genai.models.generate_content(
            model=settings.GEMINI_LITE_MODEL,
            contents=CLASSIFIER_PROMPT.format(content=text[:8000]),
            config=types.GenerateContentConfig(
                temperature=0,
                response_mime_type="application/json",
                response_schema=ModerationVerdict,
            ),
        )
        if response.parsed is not None:
            return response.parsed
        try:
            return ModerationVerdict.model_validate(json.loads(response.text or "{}"))
        except (ValueError, TypeError):
            logger.warning("unparseable moderation verdict: %r", response.text)
            return ModerationVerdict(flagged=False, reason="classifier_error")

    def check(self, text: str) -> ModerationVerdict:
        if not text.strip():
            return ModerationVerdict(flagged=False)
        if _LINK_SPAM.search(text):
            return ModerationVerdict(flagged=True, categories=["spam"], severity=2, reason="link_spam")
        verdict = self._guardrail(text)
        if verdict is not None:
            return verdict
        return self._classify(text)

    async def explain_for_user(self, verdict: ModerationVerdict, tenant_id: uuid.UUID) -> str:
        """Short, non-accusatory explanation shown next to hidden content."""
        return await multi_model_service.generate_response(
            prompt=(
                "Write one or two sentences telling a user their post was hidden. "
                f"Categories: {', '.join(verdict.categories) or 'policy'}. Do not quote the post."
            ),
            task_type="moderation_notice",
            complexity=TaskComplexity.SIMPLE,
            tenant_id=tenant_id,
            max_tokens=80,
        )


moderation_service = ModerationService()
