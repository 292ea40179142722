"""Artifacts on S3: batch inputs/outputs, generated images, JSONL snapshots."""
import io
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable, List

from airflow.providers.amazon.aws.hooks.s3 import S3Hook

from include.config import settings


class ArtifactStore:
    def __init__(self, bucket: str = None, aws_conn_id: str = "aws_default"):
        self.bucket = bucket or settings.artifacts_bucket
        self._s3 = S3Hook(aws_conn_id=aws_conn_id).get_conn()

    def uri(self, key: str) -> str:
        return f"s3://{self.bucket}/{key}"

    def write_jsonl(self, key: str, records: Iterable[dict]) -> str:
        buf = io.StringIO()
        for record in records:
            buf.write(json.dumps(record, ensure_ascii=False))
            buf.write("\n")
        self._s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=buf.getvalue().encode("utf-8"),
            ContentType="application/x-ndjson",
        )
        return self.uri(key)

    def write_bytes(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> str:
        self._s3.put_object(Bucket=self.bucket, Key=key, Body=data, ContentType=content_type)
        return self.uri(key)

    def read_jsonl(self, key: str) -> List[dict]:
        obj = self._s3.get_object(Bucket=self.bucket, Key=key)
        return [json.loads(line) for line in obj["Body"].iter_lines() if line]

    def write_many(self, items: List[tuple], max_workers: int = 8) -> List[str]:
        """items: (key, bytes, content_type) tuples, uploaded in parallel."""
        with ThreadPoolExecutor(max_workers=max_workers) as pool:
            futures = [
                pool.submit(self.write_bytes, key, data, content_type)
                for key, data, content_type in items
            ]
            return [f.result() for f in futures]
