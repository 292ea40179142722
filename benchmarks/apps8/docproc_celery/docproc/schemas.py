from typing import List, Optional

from pydantic import BaseModel, Field

DOC_TYPES = [
    "contract",
    "amendment",
    "nda",
    "lease",
    "employment_agreement",
    "complaint",
    "answer",
    "motion",
    "court_order",
    "deposition_transcript",
    "correspondence",
    "invoice",
    "other",
]


class ChunkSummary(BaseModel):
    ordinal: int
    summary: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


class Classification(BaseModel):
    doc_type: str
    confidence: float = Field(ge=0, le=1)
    rationale: Optional[str] = None


class Clause(BaseModel):
    category: str
    text: str
    section: Optional[str] = None


class ClauseList(BaseModel):
    clauses: List[Clause]


class Deadline(BaseModel):
    description: str
    date: Optional[str] = None
    relative: Optional[str] = None
    source_quote: str


class SearchHit(BaseModel):
    chunk_id: int
    document_id: int
    filename: str
    text: str
    score: float


class LetterOutline(BaseModel):
    subject: str
    recipient: str
    sections: List[str]
    enclosures: List[str] = []
