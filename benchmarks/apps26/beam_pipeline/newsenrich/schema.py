"""Row types flowing through the pipeline."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from typing import Any, Dict, List, Optional


@dataclasses.dataclass
class Article:
    article_id: str
    source: str
    url: str
    title: str
    body: str
    language: str = "en"
    published_at: Optional[str] = None
    # enrichment outputs
    summary: Optional[str] = None
    headline: Optional[str] = None
    topics: List[str] = dataclasses.field(default_factory=list)
    keywords: List[str] = dataclasses.field(default_factory=list)
    embedding: Optional[List[float]] = None
    flagged: bool = False
    extras: Dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def create(cls, source: str, url: str, title: str, body: str, **kw: Any) -> "Article":
        """Build an Article with a stable id derived from the canonical URL."""
        article_id = hashlib.sha1(url.strip().lower().encode("utf-8")).hexdigest()[:16]
        return cls(article_id=article_id, source=source, url=url, title=title, body=body, **kw)

    def text_for_model(self, max_chars: int) -> str:
        return f"{self.title}\n\n{self.body[:max_chars]}"

    def to_row(self) -> Dict[str, Any]:
        row = dataclasses.asdict(self)
        row["enriched_at"] = dt.datetime.now(dt.timezone.utc).isoformat()
        # BigQuery wants JSON for the free-form column
        row["extras"] = {k: str(v) for k, v in self.extras.items()}
        return row


BQ_SCHEMA = {
    "fields": [
        {"name": "article_id", "type": "STRING", "mode": "REQUIRED"},
        {"name": "source", "type": "STRING"},
        {"name": "url", "type": "STRING"},
        {"name": "title", "type": "STRING"},
        {"name": "body", "type": "STRING"},
        {"name": "language", "type": "STRING"},
        {"name": "published_at", "type": "TIMESTAMP"},
        {"name": "summary", "type": "STRING"},
        {"name": "headline", "type": "STRING"},
        {"name": "topics", "type": "STRING", "mode": "REPEATED"},
        {"name": "keywords", "type": "STRING", "mode": "REPEATED"},
        {"name": "embedding", "type": "FLOAT", "mode": "REPEATED"},
        {"name": "flagged", "type": "BOOLEAN"},
        {"name": "extras", "type": "JSON"},
        {"name": "enriched_at", "type": "TIMESTAMP"},
    ]
}
