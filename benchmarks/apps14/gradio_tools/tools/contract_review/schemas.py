from __future__ import annotations

from enum import Enum
from typing import List, Optional

from pydantic import BaseModel, Field


class ClauseType(str, Enum):
    LIMITATION_OF_LIABILITY = "limitation_of_liability"
    INDEMNITY = "indemnity"
    TERMINATION = "termination"
    AUTO_RENEWAL = "auto_renewal"
    GOVERNING_LAW = "governing_law"
    PAYMENT_TERMS = "payment_terms"
    DATA_PROTECTION = "data_protection"
    IP_OWNERSHIP = "ip_ownership"
    CONFIDENTIALITY = "confidentiality"


class Clause(BaseModel):
    clause_type: ClauseType
    reference: str = Field(description="Section number or heading, e.g. '12.3'")
    text: str
    page: Optional[int] = None


class ClauseList(BaseModel):
    clauses: List[Clause]


class RiskScore(BaseModel):
    score: int = Field(ge=1, le=5)
    rationale: str
