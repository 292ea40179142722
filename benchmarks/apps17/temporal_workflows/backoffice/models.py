"""Dataclasses passed between workflows and activities.

Keep these plain dataclasses: the Temporal data converter serialises them as JSON.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional

from pydantic import BaseModel


@dataclass
class InvoiceInput:
    invoice_id: str
    s3_key: str
    vendor_hint: Optional[str] = None
    currency: str = "USD"


@dataclass
class InvoiceFields:
    vendor_name: str
    invoice_number: str
    total: float
    currency: str
    due_date: Optional[str] = None
    po_number: Optional[str] = None
    line_items: List[Dict[str, object]] = field(default_factory=list)


class LineItem(BaseModel):
    description: str
    quantity: float
    unit_price: float
    amount: float
    gl_code: Optional[str] = None


class LineItemList(BaseModel):
    items: List[LineItem]


@dataclass
class InvoiceResult:
    invoice_id: str
    status: str
    fields: Optional[InvoiceFields] = None
    gl_code: Optional[str] = None
    vendor_id: Optional[str] = None
    notes: List[str] = field(default_factory=list)


@dataclass
class EmailMessage:
    message_id: str
    mailbox: str
    sender: str
    subject: str
    body: str
    received_at: str


@dataclass
class TriageDecision:
    message_id: str
    category: str
    priority: str
    language: str = "en"
    flagged: bool = False
    draft_reply: Optional[str] = None


@dataclass
class DocumentInput:
    document_id: str
    s3_key: str
    collection: str = "policies"
    mime_type: str = "application/pdf"


@dataclass
class Chunk:
    document_id: str
    index: int
    text: str
    embedding: Optional[List[float]] = None


@dataclass
class ContractInput:
    contract_id: str
    s3_key: str
    counterparty: str
    playbook: str = "standard-msa"


@dataclass
class ContractFinding:
    clause: str
    risk: str
    explanation: str
    suggested_redline: Optional[str] = None


@dataclass
class BatchRequest:
    job_name: str
    provider: str
    items: List[Dict[str, str]]


@dataclass
class BatchProgress:
    job_id: str
    total: int
    done: int = 0
    failed: int = 0

    def completion(self) -> float:
        if self.total == 0:
            return 1.0
        return (self.done + self.failed) / self.total


@dataclass
class ReportRequest:
    period: str
    team: str
    metrics: Dict[str, float] = field(default_factory=dict)
