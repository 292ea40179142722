"""Resume parsing: PDF/DOCX text -> structured candidate profile."""
from __future__ import annotations

import json
import logging
from typing import List, Optional

from flask import current_app
from pydantic import BaseModel, Field

from app.llm import get_openai
from app.utils.prompts import RESUME_EXTRACTION_SYSTEM, RESUME_SCHEMA_HINT
from app.utils import normalise, truncate

log = logging.getLogger(__name__)


class Position(BaseModel):
    title: str
    company: str
    start: Optional[str] = None
    end: Optional[str] = None


class Education(BaseModel):
    school: str
    degree: Optional[str] = None
    year: Optional[int] = None


class ParsedResume(BaseModel):
    full_name: str
    email: Optional[str] = None
    phone: Optional[str] = None
    years_experience: Optional[float] = None
    skills: List[str] = Field(default_factory=list)
    positions: List[Position] = Field(default_factory=list)
    education: List[Education] = Field(default_factory=list)


class ResumeParseError(Exception):
    pass


def parse_resume(resume_text: str) -> ParsedResume:
    """Structured-output parse (preferred path since the SDK upgrade)."""
    client = get_openai()
    text = truncate(normalise(resume_text), 12000)
    completion = client.beta.chat.completions.parse(
        model=current_app.config["OPENAI_DEFAULT_MODEL"],
        messages=[
            {"role": "system", "content": RESUME_EXTRACTION_SYSTEM},
            {"role": "user", "content": text},
        ],
        response_format=ParsedResume,
        temperature=0,
    )
    message = completion.choices[0].message
    if message.refusal:
        raise ResumeParseError(message.refusal)
    return message.parsed


def parse_resume_json_mode(resume_text: str) -> dict:
    """Old JSON-mode parser. Still used by the bulk import script because the
    pydantic models reject some of the messier legacy resumes."""
    text = truncate(normalise(resume_text), 12000)
    response = get_openai().chat.completions.create(
        model=current_app.config["OPENAI_DEFAULT_MODEL"],
        response_format={"type": "json_object"},
        messages=[
            {
                "role": "system",
                "content": RESUME_EXTRACTION_SYSTEM + "\nSchema:\n" + RESUME_SCHEMA_HINT,
            },
            {"role": "user", "content": text},
        ],
        temperature=0,
    )
    raw = response.choices[0].message.content or "{}"
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        log.warning("resume JSON did not parse: %s", raw[:200])
        raise ResumeParseError("model returned invalid JSON") from exc


def skills_overlap(parsed: ParsedResume, required: List[str]) -> float:
    if not required:
        return 0.0
    have = {s.lower() for s in parsed.skills}
    return sum(1 for r in required if r.lower() in have) / len(required)
