"""Pydantic models for scraped and enriched products."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from pydantic import BaseModel, Field, HttpUrl


class ProductAttributes(BaseModel):
    """Schema handed to the structured-output extractor."""

    brand: str | None = None
    model_number: str | None = None
    price: float | None = None
    currency: str | None = None
    color: str | None = None
    material: str | None = None
    dimensions: str | None = None
    weight: str | None = None
    in_stock: bool | None = None


class Product(BaseModel):
    url: HttpUrl
    title: str
    price_text: str | None = None
    breadcrumbs: list[str] = Field(default_factory=list)
    description: str = ""
    image_urls: list[str] = Field(default_factory=list)
    scraped_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))

    summary: str | None = None
    category: str | None = None
    attributes: ProductAttributes | None = None

    @classmethod
    def create(cls, url: str, title: str, **fields) -> "Product":
        """Factory that trims whitespace the shops love to leave in titles."""
        return cls(url=url, title=" ".join(title.split()), **fields)

    @property
    def fingerprint(self) -> str:
        return hashlib.sha1(f"{self.url}|{self.title}".encode()).hexdigest()

    def to_record(self) -> dict:
        return self.model_dump(mode="json", exclude_none=True)


class EnrichmentResult(BaseModel):
    fingerprint: str
    summary: str | None = None
    category: str | None = None
    attributes: dict | None = None
    provider: str | None = None
