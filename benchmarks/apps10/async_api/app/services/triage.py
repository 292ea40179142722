"""Ticket triage: category, priority and language, via Mistral small (cheap, JSON mode)."""
from __future__ import annotations

import json

from pydantic import ValidationError

from app.clients import get_mistral
from app.config import settings
from app.errors import UpstreamError
from app.logging_config import get_logger
from app.schemas import TriageResult
from app.utils import normalise_whitespace, truncate_to_tokens, with_retries

log = get_logger(__name__)

CATEGORIES = ["billing", "login", "integrations", "performance", "data_export", "feature_request", "other"]

TRIAGE_PROMPT = f"""You triage customer support tickets.
Return JSON with keys: category (one of {', '.join(CATEGORIES)}), priority (low, normal, high,
urgent) and language (ISO 639-1 code of the customer's message)."""


class TriageService:
    def __init__(self, client=None, model: str = settings.triage_model):
        self._mistral = client or get_mistral()
        self._model = model

    async def classify(self, subject: str, body: str) -> TriageResult:
        text = truncate_to_tokens(normalise_whitespace(body), 3000)
        response = await self._mistral.chat.complete_async(
            model=self._model,
            messages=[
                {"role": "system", "content": TRIAGE_PROMPT},
                {"role": "user", "content": f"Subject: {subject}\n\n{text}"},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            return TriageResult(**json.loads(response.choices[0].message.content))
        except (ValueError, ValidationError):
            log.warning("triage_bad_json", model=self._model)
            return await self._classify_strict(subject, text)

    async def _classify_strict(self, subject: str, text: str) -> TriageResult:
        """Second attempt with the larger model and retries; the small model occasionally
        returns categories outside the list."""
        response = await with_retries(
            self._mistral.chat.complete_async,
            model="mistral-large-latest",
            messages=[
                {"role": "system", "content": TRIAGE_PROMPT + "\nUse only the listed categories."},
                {"role": "user", "content": f"Subject: {subject}\n\n{text}"},
            ],
            response_format={"type": "json_object"},
            temperature=0,
            attempts=2,
        )
        try:
            data = json.loads(response.choices[0].message.content)
            if data.get("category") not in CATEGORIES:
                data["category"] = "other"
            return TriageResult(**data)
        except (ValueError, ValidationError) as exc:
            raise UpstreamError("triage failed", model="mistral-large-latest") from exc
