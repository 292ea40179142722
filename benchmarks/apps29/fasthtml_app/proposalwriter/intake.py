"""RFP intake: turn an uploaded RFP (PDF/DOCX/text) into a structured brief.

Gemini reads the PDFs natively (via the Files API); plain text goes to OpenAI with a
Pydantic schema. Both return the same `ParsedBrief`.
"""
from __future__ import annotations

import io
import logging
import mimetypes
from datetime import date

from pydantic import BaseModel, Field

from .services import services
from .tokens import fits_context, rough_token_count

log = logging.getLogger(__name__)

INTAKE_INSTRUCTIONS = (
    "Extract the key facts from this request for proposal. If a field is not stated, "
    "leave it empty rather than guessing. Budgets must be copied verbatim."
)


class Deliverable(BaseModel):
    name: str
    details: str = ""


class ParsedBrief(BaseModel):
    organisation: str = ""
    summary: str = ""
    deliverables: list[Deliverable] = Field(default_factory=list)
    budget: str = ""
    deadline: str = ""
    submission_format: str = ""
    evaluation_criteria: list[str] = Field(default_factory=list)
    questions_for_client: list[str] = Field(default_factory=list)

    def as_brief_text(self) -> str:
        lines = [self.summary, ""]
        if self.deliverables:
            lines.append("Deliverables:")
            lines += [f"- {d.name}: {d.details}".rstrip(": ") for d in self.deliverables]
        if self.budget:
            lines.append(f"Budget: {self.budget}")
        if self.deadline:
            lines.append(f"Deadline: {self.deadline}")
        if self.evaluation_criteria:
            lines.append("Evaluation: " + "; ".join(self.evaluation_criteria))
        return "\n".join(lines).strip()


def _is_pdf(filename: str) -> bool:
    return (mimetypes.guess_type(filename)[0] or "") == "application/pdf"


def parse_text_rfp(text: str) -> ParsedBrief:
    if not fits_context(text):
        log.warning("RFP is %d tokens, truncating", rough_token_count(text))
        text = text[:400_000]
    completion = services.openai.chat.completions.parse(
        model=services.settings.models.draft,
        messages=[
            {"role": "system", "content": INTAKE_INSTRUCTIONS},
            {"role": "user", "content": text},
        ],
        response_format=ParsedBrief,
    )
    parsed = completion.choices[0].message.parsed
    return parsed or ParsedBrief(summary=text[:500])


def parse_pdf_rfp(filename: str, data: bytes) -> ParsedBrief:
    gclient = services.genai
    uploaded = gclient.files.upload(
        file=io.BytesIO(data), config={"mime_type": "application/pdf", "display_name": filename}
    )
    tokens = gclient.models.count_tokens(model=services.settings.models.gemini_pro, contents=[uploaded])
    log.info("RFP %s is %s tokens", filename, tokens.total_tokens)
    resp = gclient.models.generate_content(
        model=services.settings.models.gemini_pro,
        contents=[uploaded, INTAKE_INSTRUCTIONS],
        config={"response_mime_type": "application/json", "response_schema": ParsedBrief},
    )
    try:
        gclient.files.delete(name=uploaded.name)
    except Exception:
        log.debug("could not delete uploaded file %s", uploaded.name)
    if resp.parsed is not None:
        return resp.parsed
    return ParsedBrief.model_validate_json(resp.text)


def parse_rfp(filename: str, data: bytes) -> ParsedBrief:
    if _is_pdf(filename):
        return parse_pdf_rfp(filename, data)
    if filename.lower().endswith(".docx"):
        try:
            import docx  # python-docx
        except ImportError as exc:
            raise RuntimeError("python-docx not installed") from exc
        doc = docx.Document(io.BytesIO(data))
        text = "\n".join(p.text for p in doc.paragraphs)
    else:
        text = data.decode("utf-8", errors="replace")
    return parse_text_rfp(text)


def days_until(deadline: str) -> int | None:
    try:
        return (date.fromisoformat(deadline[:10]) - date.today()).days
    except ValueError:
        return None
