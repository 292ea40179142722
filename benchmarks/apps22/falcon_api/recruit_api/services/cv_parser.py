"""CV ingestion: PDF -> text -> structured profile (Gemini)."""
from __future__ import annotations

import io
import json
import logging
from dataclasses import dataclass, field
from typing import Any, Optional

from google.genai import types
from pypdf import PdfReader

from recruit_api.services import prompts
from recruit_api.utils import normalise_whitespace

log = logging.getLogger(__name__)


@dataclass
class CandidateProfile:
    name: Optional[str] = None
    email: Optional[str] = None
    phone: Optional[str] = None
    location: Optional[str] = None
    years_experience: Optional[int] = None
    skills: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    education: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_json(cls, raw: str) -> "CandidateProfile":
        data = json.loads(raw)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def pdf_to_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    pages = [page.extract_text() or "" for page in reader.pages]
    return normalise_whitespace("\n".join(pages))


class CVParser:
    def __init__(self, genai_client, model: str = "gemini-1.5-flash") -> None:
        self._genai = genai_client
        self.model = model
        self._config = types.GenerateContentConfig(
            response_mime_type="application/json",
            temperature=0.0,
            max_output_tokens=2048,
        )

    def extract_profile(self, cv_text: str) -> CandidateProfile:
        response = self._genai.models.generate_content(
            model=self.model,
            contents=[prompts.CV_EXTRACTION_PROMPT, cv_text],
            config=self._config,
        )
        return CandidateProfile.from_json(response.text)

    def extract_profile_from_pdf(self, pdf_bytes: bytes) -> CandidateProfile:
        """Scanned CVs have no text layer; send the PDF itself."""
        part = types.Part.from_bytes(data=pdf_bytes, mime_type="application/pdf")
        response = self._genai.models.generate_content(
            model=self.model,
            contents=[part, prompts.CV_EXTRACTION_PROMPT],
            config=self._config,
        )
        return CandidateProfile.from_json(response.text)

    def upload_for_batch(self, path: str):
        # used by scripts/reparse_archive.py; upload is free, parse happens later
        return self._genai.files.upload(file=path)

    async def aextract_profile(self, cv_text: str) -> CandidateProfile:
        response = await self._genai.aio.models.generate_content(
            model=self.model,
            contents=[prompts.CV_EXTRACTION_PROMPT, cv_text],
            config=self._config,
        )
        return CandidateProfile.from_json(response.text)


def parse_cv_bytes(parser: CVParser, filename: str, data: bytes) -> CandidateProfile:
    if filename.lower().endswith(".pdf"):
        text = pdf_to_text(data)
        if len(text) < 200:
            log.info("%s looks scanned (%d chars), sending PDF", filename, len(text))
            return parser.extract_profile_from_pdf(data)
    else:
        text = data.decode("utf-8", errors="replace")
    return parser.extract_profile(text)
