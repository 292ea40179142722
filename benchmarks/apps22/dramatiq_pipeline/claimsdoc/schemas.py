from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Literal, Optional

from pydantic import BaseModel, Field, ValidationError

DocType = Literal[
    "first_notice_of_loss", "police_report", "repair_estimate", "medical_record",
    "invoice", "photo_log", "correspondence", "other",
]


class Classification(BaseModel):
    doc_type: DocType = "other"
    confidence: float = 0.0


class LineItem(BaseModel):
    description: str
    amount: Optional[Decimal] = None
    quantity: Optional[float] = None


class ExtractedFields(BaseModel):
    policy_number: Optional[str] = None
    claimant_name: Optional[str] = None
    date_of_loss: Optional[dt.date] = None
    loss_location: Optional[str] = None
    vehicle_vin: Optional[str] = None
    total_amount: Optional[Decimal] = None
    provider_name: Optional[str] = None
    line_items: list[LineItem] = Field(default_factory=list)


class FraudSignal(BaseModel):
    code: str
    evidence: str


class FraudAssessment(BaseModel):
    score: float = 0.0
    signals: list[FraudSignal] = Field(default_factory=list)


class DocumentResult(BaseModel):
    claim_id: str
    document_id: str
    doc_type: DocType = "other"
    fields: ExtractedFields = Field(default_factory=ExtractedFields)
    summary: str = ""


def parse_json_loose(raw: str, model: type[BaseModel]):
    """Models wrap JSON in ```json fences half the time."""
    s = raw.strip()
    if s.startswith("```"):
        s = s.strip("`")
        if s.lower().startswith("json"):
            s = s[4:]
    start, end = s.find("{"), s.rfind("}")
    if start == -1 or end == -1:
        return model()
    try:
        return model.model_validate(json.loads(s[start : end + 1]))
    except (ValueError, ValidationError):
        return model()


EXTRACT_SCHEMA_JSON = json.dumps(ExtractedFields.model_json_schema(), indent=1)
