"""S3 helpers for exports and run artefacts."""
from __future__ import annotations

import gzip
import io
import json
from datetime import date
from typing import Any, Iterable, Optional

import boto3

from lib.settings import settings


class ArtefactStore:
    def __init__(self, bucket: Optional[str] = None, prefix: str = "flows"):
        self.bucket = bucket or settings.export_bucket
        self.prefix = prefix.strip("/")
        self._s3 = boto3.client("s3")

    def _key(self, *parts: str) -> str:
        return "/".join([self.prefix, *parts])

    def put_jsonl(self, name: str, rows: Iterable[Any], *, day: Optional[date] = None) -> str:
        day = day or date.today()
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
            for row in rows:
                gz.write((json.dumps(row, default=str) + "\n").encode("utf-8"))
        key = self._key(day.isoformat(), f"{name}.jsonl.gz")
        self._s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=buf.getvalue(),
            ContentType="application/json",
            ContentEncoding="gzip",
        )
        return f"s3://{self.bucket}/{key}"

    def get_json(self, key: str) -> Any:
        obj = self._s3.get_object(Bucket=self.bucket, Key=self._key(key))
        return json.loads(obj["Body"].read())
