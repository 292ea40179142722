"""Contract review with Gemini: clause extraction + risk flags as JSON."""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Iterator

from google.genai import types
from pydantic import BaseModel, Field

from counseldesk.utils.prompts import CONTRACT_REVIEW_INSTRUCTIONS

log = logging.getLogger(__name__)

DEFAULT_MODEL = "gemini-2.5-pro"


class ClauseFinding(BaseModel):
    clause_type: str
    excerpt: str
    risk: str = Field(description="low | medium | high")
    recommendation: str


class ReviewResult(BaseModel):
    governing_law: str | None = None
    term_months: int | None = None
    auto_renewal: bool | None = None
    findings: list[ClauseFinding] = Field(default_factory=list)


def upload_contract(client, path: Path):
    """Large PDFs go through the Files API first (upload is free)."""
    return client.files.upload(file=str(path), config=types.UploadFileConfig(mime_type="application/pdf"))


def contract_tokens(client, text: str, model: str = DEFAULT_MODEL) -> int:
    return client.models.count_tokens(model=model, contents=text).total_tokens


def review_contract(client, text_or_file, model: str = DEFAULT_MODEL, playbook: str | None = None) -> ReviewResult:
    instructions = CONTRACT_REVIEW_INSTRUCTIONS
    if playbook:
        instructions += "\n\nFirm playbook positions:\n" + playbook
    resp = client.models.generate_content(
        model=model,
        contents=[text_or_file, "Review this agreement."],
        config=types.GenerateContentConfig(
            system_instruction=instructions,
            response_mime_type="application/json",
            response_schema=ReviewResult,
            temperature=0.0,
        ),
    )
    if resp.parsed is not None:
        return resp.parsed
    log.warning("schema parse failed, falling back to json.loads")
    return ReviewResult.model_validate(json.loads(resp.text))


def stream_redline_notes(client, text: str, model: str = DEFAULT_MODEL) -> Iterator[str]:
    for chunk in client.models.generate_content_stream(
        model=model,
        contents=f"Write redline notes for counsel, clause by clause:\n\n{text}",
        config=types.GenerateContentConfig(temperature=0.3),
    ):
        if chunk.text:
            yield chunk.text
