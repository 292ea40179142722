"""Reusable pieces for DRF views that talk to a model."""
from __future__ import annotations

import json
import logging
from functools import cached_property
from typing import Any

import anthropic
from django.conf import settings
from rest_framework.exceptions import APIException

logger = logging.getLogger(__name__)


class ModelUnavailable(APIException):
    status_code = 503
    default_detail = "The language model is temporarily unavailable."
    default_code = "model_unavailable"


class LLMClientMixin:
    """Gives a view ``self.llm_client`` and a JSON helper on top of it."""

    llm_model: str = settings.ANTHROPIC_MODEL
    llm_max_tokens: int = 1500

    @cached_property
    def llm_client(self) -> anthropic.Anthropic:
        return anthropic.Anthropic(
            api_key=settings.ANTHROPIC_API_KEY,
            timeout=settings.LLM_REQUEST_TIMEOUT,
            max_retries=2,
        )

    def complete_json(self, system: str, prompt: str) -> dict[str, Any]:
        try:
            message = self.llm_client.messages.create(
                model=self.llm_model,
                max_tokens=self.llm_max_tokens,
                system=system + "\nRespond with a single JSON object and nothing else.",
                messages=[{"role": "user", "content": prompt}],
            )
        except anthropic.APIError as exc:
            logger.warning("Model call failed in %s: %s", type(self).__name__, exc)
            raise ModelUnavailable() from exc
        text = "".join(block.text for block in message.content if block.type == "text")
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            logger.warning("Non-JSON model output in %s", type(self).__name__)
            raise ModelUnavailable("The model returned an unexpected answer.") from exc
