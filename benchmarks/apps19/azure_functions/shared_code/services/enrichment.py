"""Document enrichment: category, tags and embeddings.

Used by the queue trigger and by ``cli/reprocess_failed.py``.
"""

from __future__ import annotations

import functools
import json
import logging
from typing import Any, List, Optional, Sequence

from shared_code.clients import deepseek
from shared_code.repository.models import DocumentRecord, EnrichmentResult
from shared_code.services import prompts
from shared_code.settings import get_settings

logger = logging.getLogger(__name__)


class EnrichmentService:
    def __init__(self, cohere_client: Any, classifier_client: Optional[Any] = None,
                 categories: Optional[Sequence[str]] = None) -> None:
        self._cohere = cohere_client
        self._classifier = classifier_client or deepseek
        self._categories = list(categories or prompts.DEFAULT_CATEGORIES)
        self._vendors = get_settings().vendors

    # -- classification (DeepSeek) -------------------------------------------------
    def classify(self, record: DocumentRecord) -> tuple[str, float]:
        classify = functools.partial(
            self._classifier.chat.completions.create,
            model=self._vendors.deepseek_model,
            temperature=0,
            response_format={"type": "json_object"},
        )
        system = prompts.CLASSIFY_SYSTEM.format(categories="\n".join(f"- {c}" for c in self._categories))
        response = classify(
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": f"Title: {record.title}\n\n{record.body[:8000]}"},
            ]
        )
        raw = response.choices[0].message.content or "{}"
        try:
            parsed = json.loads(raw)
        except json.JSONDecodeError:
            logger.warning("Classifier returned non-JSON for %s: %r", record.document_id, raw[:200])
            return "other", 0.0
        category = parsed.get("category", "other")
        if category not in self._categories:
            category = "other"
        return category, float(parsed.get("confidence", 0.0))

    # -- tags (Cohere chat) ------------------------------------------------------
    def tags(self, record: DocumentRecord) -> List[str]:
        response = self._cohere.chat(
            model=self._vendors.cohere_chat_model,
            messages=[
                {"role": "system", "content": prompts.TAGS_SYSTEM},
                {"role": "user", "content": record.body[:12000]},
            ],
            temperature=0.2,
        )
        text = "".join(item.text for item in (response.message.content or []) if getattr(item, "text", None))
        return [t.strip().lower() for t in text.split(",") if t.strip()][:8]

    # -- embeddings (Cohere embed) ----------------------------------------------
    def embed_document(self, record: DocumentRecord) -> List[float]:
        result = self._cohere.embed(
            model=self._vendors.cohere_embed_model,
            input_type="search_document",
            texts=[f"{record.title}\n{record.body[:4000]}"],
            embedding_types=["float"],
        )
        return list(result.embeddings.float_[0])

    def enrich(self, record: DocumentRecord, *, with_embedding: bool = True) -> EnrichmentResult:
        result = EnrichmentResult(document_id=record.document_id)
        try:
            result.category, confidence = self.classify(record)
            logger.info("Classified %s as %s (%.2f)", record.document_id, result.category, confidence)
        except Exception as exc:  # noqa: BLE001
            logger.exception("classification failed")
            result.errors.append(f"classify: {exc}")
        try:
            result.tags = self.tags(record)
        except Exception as exc:  # noqa: BLE001
            logger.exception("tagging failed")
            result.errors.append(f"tags: {exc}")
        if with_embedding:
            try:
                result.embedding = self.embed_document(record)
            except Exception as exc:  # noqa: BLE001
                logger.exception("embedding failed")
                result.errors.append(f"embed: {exc}")
        return result
