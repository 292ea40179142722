"""Raw results and artifacts in S3 (partitioned by flow and date)."""
from __future__ import annotations

import gzip
import io
import json
from datetime import date
from typing import Any, Dict, Iterable, Optional

from enrich.blocks import aws_credentials
from enrich.settings import get_settings


class ResultStore:
    def __init__(self, bucket: Optional[str] = None) -> None:
        s = get_settings()
        self.bucket = bucket or s.results_bucket
        self._s3 = aws_credentials(s.aws_credentials_block).get_s3_client()
        self._prefix = f"{s.env}/"

    def key(self, flow: str, run_date: date, name: str) -> str:
        return f"{self._prefix}{flow}/dt={run_date.isoformat()}/{name}"

    def put_json(self, key: str, payload: Dict[str, Any]) -> str:
        self._s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=json.dumps(payload, default=str).encode("utf-8"),
            ContentType="application/json",
        )
        return f"s3://{self.bucket}/{key}"

    def put_jsonl_gz(self, key: str, rows: Iterable[Dict[str, Any]]) -> str:
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
            for row in rows:
                gz.write((json.dumps(row, default=str) + "\n").encode("utf-8"))
        buf.seek(0)
        self._s3.upload_fileobj(buf, self.bucket, key, ExtraArgs={"ContentEncoding": "gzip"})
        return f"s3://{self.bucket}/{key}"

    def exists(self, key: str) -> bool:
        resp = self._s3.list_objects_v2(Bucket=self.bucket, Prefix=key, MaxKeys=1)
        return resp.get("KeyCount", 0) > 0
