"""Plain data objects passed between the engine, plugins and the API."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any


@dataclass
class Document:
    id: str
    text: str
    title: str | None = None
    mime_type: str = "text/plain"
    source_url: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def head(self, n_chars: int = 2000) -> str:
        return self.text[:n_chars]


@dataclass
class Summary:
    text: str
    plugin: str
    model: str
    input_tokens: int | None = None
    output_tokens: int | None = None
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


@dataclass
class Classification:
    label: str
    confidence: float
    plugin: str
    rationale: str | None = None


@dataclass
class EmbeddingBatch:
    vectors: list[list[float]]
    model: str
    plugin: str
    total_tokens: int | None = None

    def __len__(self) -> int:
        return len(self.vectors)
