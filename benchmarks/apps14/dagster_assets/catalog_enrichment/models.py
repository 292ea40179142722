"""Typed shapes shared between assets (model outputs and warehouse rows)."""
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import List, Optional

from pydantic import BaseModel, Field


class Urgency(str, Enum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    CRITICAL = "critical"


class ProductCategory(BaseModel):
    sku: str
    taxonomy_path: List[str] = Field(description="Category path from root to leaf")
    confidence: float = Field(ge=0.0, le=1.0)


class ProductAttributes(BaseModel):
    material: Optional[str] = None
    color: Optional[str] = None
    size_range: Optional[str] = None
    target_audience: Optional[str] = None
    care_instructions: Optional[str] = None
    keywords: List[str] = Field(default_factory=list)


class TicketTriage(BaseModel):
    ticket_id: str
    intent: str
    urgency: Urgency = Urgency.NORMAL
    product_skus: List[str] = Field(default_factory=list)
    needs_human: bool = False


@dataclass
class Product:
    sku: str
    title: str
    description: str
    brand: Optional[str] = None
    category_path: Optional[str] = None

    def as_prompt_block(self) -> str:
        parts = [f"SKU: {self.sku}", f"Title: {self.title}"]
        if self.brand:
            parts.append(f"Brand: {self.brand}")
        if self.category_path:
            parts.append(f"Current category: {self.category_path}")
        parts.append(f"Description: {self.description}")
        return "\n".join(parts)


@dataclass
class SupportThread:
    ticket_id: str
    subject: str
    messages: List[str]
    locale: str = "en-US"
    created_at: Optional[datetime] = None

    @property
    def transcript(self) -> str:
        return "\n---\n".join(self.messages)


@dataclass
class EmbeddingRow:
    doc_id: str
    source: str
    model: str
    vector: List[float] = field(repr=False)
