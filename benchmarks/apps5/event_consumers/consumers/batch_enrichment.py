"""catalog.enrichment.requested -> overnight OpenAI Batch jobs for product copy."""
from __future__ import annotations

import io
import json
import logging
from typing import Any, Dict, Iterable, List

from core.consumer import Consumer, Message, handles
from core.services import Services
from llm import DEFAULT_CHAT_MODEL, get_openai
from shared.db import BatchJobRepository

logger = logging.getLogger(__name__)

COPY_PROMPT = (
    "Write a 60-word product description and five SEO keywords for this product. "
    'Return JSON: {"description": "...", "keywords": ["..."]}'
)


def build_jsonl(products: Iterable[Dict[str, Any]], model: str = DEFAULT_CHAT_MODEL) -> bytes:
    lines: List[str] = []
    for p in products:
        lines.append(
            json.dumps(
                {
                    "custom_id": f"product-{p['id']}",
                    "method": "POST",
                    "url": "/v1/chat/completions",
                    "body": {
                        "model": model,
                        "messages": [
                            {"role": "system", "content": COPY_PROMPT},
                            {"role": "user", "content": f"{p['title']}\n{p.get('specs', '')}"},
                        ],
                        "response_format": {"type": "json_object"},
                    },
                }
            )
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


@handles("catalog.enrichment.requested")
class EnrichmentBatchHandler(Consumer):
    def __init__(self) -> None:
        super().__init__()
        self.jobs = BatchJobRepository(Services.db)

    def handle(self, message: Message) -> str:
        products = message.value.get("products", [])
        if not products:
            return ""
        client = get_openai()
        previous = message.value.get("previous_batch_id")
        if previous:
            status = client.batches.retrieve(previous).status
            if status in ("validating", "in_progress", "finalizing"):
                logger.info("batch %s still %s, not submitting another", previous, status)
                return previous
        upload = client.files.create(
            file=("enrichment.jsonl", io.BytesIO(build_jsonl(products))),
            purpose="batch",
        )
        batch = client.batches.create(
            input_file_id=upload.id,
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata={"source_event": message.event_id, "count": str(len(products))},
        )
        self.jobs.create(id=batch.id, input_file_id=upload.id, status=batch.status, items=len(products))
        return batch.id
