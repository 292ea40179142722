import logging
import re
from functools import lru_cache
from typing import Iterable, Iterator

import boto3
import requests
import tiktoken

from app.core.config import settings

logger = logging.getLogger(__name__)

_WS = re.compile(r"\s+")


@lru_cache
def _encoding() -> "tiktoken.Encoding":
    return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str) -> int:
    """Local token estimate (o200k). Good enough for budgeting prompts."""
    return len(_encoding().encode(text, disallowed_special=()))


def truncate_to_tokens(text: str, max_tokens: int) -> str:
    enc = _encoding()
    ids = enc.encode(text, disallowed_special=())
    if len(ids) <= max_tokens:
        return text
    return enc.decode(ids[:max_tokens])


def normalize_whitespace(text: str) -> str:
    return _WS.sub(" ", text).strip()


def chunk_text(text: str, *, max_tokens: int = 400, overlap: int = 50) -> list[str]:
    """Token-window chunker used for indexing. Keeps chunk boundaries stable so
    re-indexing an unchanged document produces identical chunks."""
    enc = _encoding()
    ids = enc.encode(normalize_whitespace(text), disallowed_special=())
    if not ids:
        return []
    step = max(1, max_tokens - overlap)
    return [enc.decode(ids[i : i + max_tokens]) for i in range(0, len(ids), step)]


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@lru_cache
def _s3():
    return boto3.client("s3", region_name=settings.AWS_REGION)


def upload_bytes(key: str, data: bytes, content_type: str) -> str:
    _s3().put_object(
        Bucket=settings.ASSETS_BUCKET,
        Key=key,
        Body=data,
        ContentType=content_type,
        ServerSideEncryption="AES256",
    )
    return key


def download_bytes(key: str) -> bytes:
    obj = _s3().get_object(Bucket=settings.ASSETS_BUCKET, Key=key)
    return obj["Body"].read()


def send_slack_alert(text: str) -> None:
    if not settings.SLACK_ALERTS_WEBHOOK_URL:
        logger.info("slack alert (no webhook configured): %s", text)
        return
    try:
        requests.post(settings.SLACK_ALERTS_WEBHOOK_URL, json={"text": text}, timeout=5)
    except requests.RequestException:
        logger.warning("slack alert failed", exc_info=True)
