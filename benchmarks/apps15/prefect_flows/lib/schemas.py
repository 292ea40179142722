"""Data models used across flows."""
from __future__ import annotations

from datetime import datetime
from typing import Dict, List, Optional, Sequence

from pydantic import BaseModel, Field

REQUIRED_ATTRIBUTES: Dict[str, Sequence[str]] = {
    "fashion": ("brand", "size", "colour", "material", "condition"),
    "electronics": ("brand", "model", "condition", "storage", "colour"),
    "home": ("brand", "material", "dimensions", "condition"),
    "default": ("brand", "condition"),
}


class Listing(BaseModel):
    id: int
    seller_id: int
    category: str
    title: str
    description: str = ""
    locale: str = "en"
    attributes: Dict[str, str] = Field(default_factory=dict)
    image_urls: List[str] = Field(default_factory=list)
    updated_at: Optional[datetime] = None

    @property
    def text_for_embedding(self) -> str:
        attrs = ", ".join(f"{k}: {v}" for k, v in sorted(self.attributes.items()))
        return f"{self.title}\n{attrs}\n{self.description}".strip()


class ListingAttributes(BaseModel):
    """Response schema for attribute extraction."""

    brand: Optional[str] = None
    model: Optional[str] = None
    size: Optional[str] = None
    colour: Optional[str] = None
    material: Optional[str] = None
    condition: Optional[str] = None
    storage: Optional[str] = None
    dimensions: Optional[str] = None
    confidence: float = 0.0


class Review(BaseModel):
    id: int
    listing_id: int
    seller_id: int
    rating: int
    body: str
    language: str = "en"
    created_at: Optional[datetime] = None


class ReviewSummary(BaseModel):
    listing_id: int
    summary: str
    pros: List[str] = Field(default_factory=list)
    cons: List[str] = Field(default_factory=list)
    model: str
    review_count: int


class Translation(BaseModel):
    listing_id: int
    locale: str
    title: str
    description: str
    engine: str


class EmbeddingRecord(BaseModel):
    listing_id: int
    model: str
    vector: List[float]


def completion(listing: Listing) -> float:
    """Share of the category's required attributes that are filled in (0..1).

    This is the "listing completion" number shown to sellers in the seller hub.
    """
    required = REQUIRED_ATTRIBUTES.get(listing.category, REQUIRED_ATTRIBUTES["default"])
    if not required:
        return 1.0
    filled = sum(1 for key in required if listing.attributes.get(key))
    return round(filled / len(required), 3)


def missing_attributes(listing: Listing) -> List[str]:
    required = REQUIRED_ATTRIBUTES.get(listing.category, REQUIRED_ATTRIBUTES["default"])
    return [key for key in required if not listing.attributes.get(key)]
