"""Field extraction for first-notice-of-loss statements."""
import logging
import re
from datetime import date
from typing import List, Optional

from pydantic import BaseModel, Field

from common.prompts import EXTRACTION_SYSTEM

log = logging.getLogger(__name__)

EXTRACTION_MODEL = "gpt-4o-2024-08-06"
POLICY_RE = re.compile(r"\b([A-Z]{2}\d{2}-\d{6,8})\b")


class ClaimFields(BaseModel):
    policy_number: Optional[str] = None
    date_of_loss: Optional[date] = None
    loss_location: Optional[str] = None
    vehicles: List[str] = Field(default_factory=list)
    injured_parties: int = 0
    police_report_number: Optional[str] = None
    estimated_amount: Optional[float] = None
    narrative: str = ""


def find_policy_number(text: str) -> Optional[str]:
    match = POLICY_RE.search(text or "")
    return match.group(1) if match else None


def normalise_address(address: Optional[str]) -> Optional[str]:
    if not address:
        return None
    cleaned = re.sub(r"\s+", " ", address).strip().rstrip(",")
    return cleaned.title()


def extract_claim_fields(client, statement: str) -> ClaimFields:
    """Structured extraction with the openai structured-output helper."""
    completion = client.beta.chat.completions.parse(
        model=EXTRACTION_MODEL,
        messages=[
            {"role": "system", "content": EXTRACTION_SYSTEM},
            {"role": "user", "content": statement},
        ],
        response_format=ClaimFields,
        temperature=0,
    )
    fields = completion.choices[0].message.parsed or ClaimFields(narrative=statement)
    # the regex is more reliable than the model for our policy number format
    fields.policy_number = find_policy_number(statement) or fields.policy_number
    fields.loss_location = normalise_address(fields.loss_location)
    return fields


def detect_language(client, statement: str) -> str:
    """ISO 639-1 code of the statement; non-English FNOLs go to the translation queue."""
    response = client.responses.create(
        model="gpt-4o-mini",
        instructions="Reply with the ISO 639-1 code of the text's language and nothing else.",
        input=statement[:2000],
        max_output_tokens=5,
    )
    code = (response.output_text or "en").strip().lower()
    return code[:2] if len(code) >= 2 else "en"
