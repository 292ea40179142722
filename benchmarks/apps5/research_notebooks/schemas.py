"""Dataclasses for the records we pass between scripts."""
from dataclasses import asdict, dataclass, field
from typing import List, Optional


@dataclass
class Conversation:
    conversation_id: str
    product_area: str
    conversation: str
    reference_summary: Optional[str] = None


@dataclass
class SummaryResult:
    conversation_id: str
    provider: str
    model: str
    summary: str
    input_tokens: Optional[int] = None
    output_tokens: Optional[int] = None
    latency_s: Optional[float] = None

    def to_row(self):
        return asdict(self)


@dataclass
class RerankItem:
    query_id: str
    query: str
    candidates: List[dict] = field(default_factory=list)
    relevant: List[str] = field(default_factory=list)
