"""Persistence helpers for claim files (S3) and claim records (DynamoDB)."""
from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from claims_common.aws_clients import claims_table, s3
from claims_common.config import settings

logger = logging.getLogger(__name__)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def save_claim_document(claim_id: str, name: str, body: dict[str, Any] | str) -> str:
    """Store a JSON or text artefact next to the claim and return its key."""
    key = f"claims/{claim_id}/{name}"
    data = body if isinstance(body, str) else json.dumps(body, default=str)
    s3.put_object(
        Bucket=settings.claims_bucket,
        Key=key,
        Body=data.encode("utf-8"),
        ContentType="application/json" if not isinstance(body, str) else "text/plain",
        ServerSideEncryption="aws:kms",
    )
    return key


def read_claim_document(key: str) -> bytes:
    obj = s3.get_object(Bucket=settings.claims_bucket, Key=key)
    return obj["Body"].read()


def upsert_claim(claim_id: str, tenant_id: str, **attributes: Any) -> None:
    item = {
        "pk": f"CLAIM#{claim_id}",
        "sk": "META",
        "tenant_id": tenant_id,
        "updated_at": _now(),
    }
    for name, value in attributes.items():
        item[name] = Decimal(str(value)) if isinstance(value, float) else value
    claims_table().put_item(Item=item)
    logger.info("claim %s updated", claim_id, extra={"fields": sorted(attributes)})


def get_claim(claim_id: str) -> dict[str, Any] | None:
    resp = claims_table().get_item(Key={"pk": f"CLAIM#{claim_id}", "sk": "META"})
    return resp.get("Item")
