"""Structured clause extraction with Gemini (JSON mode + response schema)."""
from __future__ import annotations

import asyncio
import json
import logging
from typing import List, Optional

from google.genai import types

from common.cache import cached
from common.clients import get_genai
from common.errors import InputTooLarge
from common.prompts import CLAUSE_EXTRACTION
from common.settings import get_settings

from .schemas import ClauseList, ClauseType, RiskScore

log = logging.getLogger(__name__)

# Gemini 2.5 Pro handles ~1M tokens but latency gets silly past this
SOFT_LIMIT_TOKENS = 400_000


def _token_count(contents) -> int:
    client = get_genai()
    result = client.models.count_tokens(
        model=get_settings().contract_extract_model,
        contents=contents,
    )
    return result.total_tokens or 0


@cached("clauses", ttl=30 * 24 * 3600)
def extract_clauses(contract: str, clause_types: Optional[List[str]] = None) -> dict:
    wanted = clause_types or [c.value for c in ClauseType]
    prompt = CLAUSE_EXTRACTION.substitute(
        clause_types="\n".join(f"- {c}" for c in wanted),
        contract=contract,
    )
    if _token_count(prompt) > SOFT_LIMIT_TOKENS:
        raise InputTooLarge("Contract is too long for clause extraction.")

    client = get_genai()
    response = client.models.generate_content(
        model=get_settings().contract_extract_model,
        contents=prompt,
        config=types.GenerateContentConfig(
            temperature=0,
            response_mime_type="application/json",
            response_schema=ClauseList,
        ),
    )
    parsed = response.parsed
    if parsed is None:
        log.warning("gemini returned unparsable clause JSON, falling back to json.loads")
        return json.loads(response.text or '{"clauses": []}')
    return parsed.model_dump(mode="json")


def upload_scanned_contract(path: str):
    """Scanned PDFs go through the Files API so Gemini can OCR them."""
    return get_genai().files.upload(
        file=path,
        config=types.UploadFileConfig(mime_type="application/pdf"),
    )


async def score_clause_risk(clause_text: str, clause_type: str) -> RiskScore:
    client = get_genai()
    response = await asyncio.to_thread(
        client.models.generate_content,
        model=get_settings().contract_extract_model,
        contents=(
            f"Rate the risk of this {clause_type} clause for ACME (the customer) from 1 "
            f"(standard) to 5 (unacceptable) and explain briefly.\n\n{clause_text}"
        ),
        config=types.GenerateContentConfig(
            temperature=0,
            response_mime_type="application/json",
            response_schema=RiskScore,
        ),
    )
    return response.parsed
