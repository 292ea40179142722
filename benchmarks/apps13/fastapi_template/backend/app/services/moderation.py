"""Content moderation for user-generated documents and comments.

Primary: Gemini Flash with a JSON schema. If Gemini errors (quota, outage) we
fall back to Azure so uploads are never blocked by a single provider.
"""
from __future__ import annotations

import asyncio
import logging
from enum import Enum

from google.genai import errors as genai_errors
from google.genai import types
from pydantic import BaseModel, Field

from app.core.config import settings
from app.services import ai_clients

logger = logging.getLogger(__name__)

MAX_MODERATION_TOKENS = 30_000


class Category(str, Enum):
    none = "none"
    harassment = "harassment"
    hate = "hate"
    sexual = "sexual"
    violence = "violence"
    self_harm = "self_harm"
    pii_leak = "pii_leak"
    spam = "spam"


class ModerationVerdict(BaseModel):
    flagged: bool
    categories: list[Category] = Field(default_factory=list)
    reason: str = ""


POLICY = """You are a content moderation classifier for a B2B workspace.
Flag content only if it clearly falls in one of the categories. Business
disputes, complaints and strong language about products are NOT harassment.
Flag pii_leak when the text contains full card numbers, IBANs with names, or
government ID numbers."""


def _trim_to_budget(text: str) -> str:
    client = ai_clients.get_genai()
    counted = client.models.count_tokens(model=settings.GEMINI_FLASH_MODEL, contents=text)
    if (counted.total_tokens or 0) <= MAX_MODERATION_TOKENS:
        return text
    ratio = MAX_MODERATION_TOKENS / counted.total_tokens
    return text[: int(len(text) * ratio * 0.95)]


async def _moderate_with_gemini(text: str) -> ModerationVerdict:
    client = ai_clients.get_genai()
    response = await client.aio.models.generate_content(
        model=settings.GEMINI_FLASH_MODEL,
        contents=[POLICY, "Content to classify:\n\n" + text],
        config=types.GenerateContentConfig(
            temperature=0.0,
            response_mime_type="application/json",
            response_schema=ModerationVerdict,
        ),
    )
    if response.parsed is not None:
        return response.parsed
    return ModerationVerdict.model_validate_json(response.text or "{}")


async def _moderate_with_azure(text: str) -> ModerationVerdict:
    azure = ai_clients.get_azure_openai()
    completion = await asyncio.to_thread(
        lambda: azure.beta.chat.completions.parse(
            model=settings.AZURE_OPENAI_MINI_DEPLOYMENT,
            messages=[
                {"role": "system", "content": POLICY},
                {"role": "user", "content": text},
            ],
            response_format=ModerationVerdict,
            temperature=0,
        )
    )
    parsed = completion.choices[0].message.parsed
    return parsed or ModerationVerdict(flagged=False)


async def moderate_text(text: str) -> ModerationVerdict:
    if not text.strip():
        return ModerationVerdict(flagged=False)
    text = await asyncio.to_thread(_trim_to_budget, text)
    try:
        return await _moderate_with_gemini(text)
    except genai_errors.APIError as exc:
        logger.warning("gemini moderation failed (%s), falling back to azure", exc.code)
        return await _moderate_with_azure(text)
