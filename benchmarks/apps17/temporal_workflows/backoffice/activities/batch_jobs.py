"""Nightly batch submissions (50% cheaper, 24h turnaround).

Used by NightlyBatchWorkflow to re-classify the day's invoices and emails.
"""
from __future__ import annotations

import io
import json
import logging
import uuid
from datetime import datetime, timezone
from typing import Dict, List

from temporalio import activity

from backoffice.clients import ClientBundle
from backoffice.config import Settings
from backoffice.models import BatchProgress, BatchRequest
from backoffice.prompts import TRIAGE_V4, INVOICE_EXTRACTION_V3

logger = logging.getLogger(__name__)


class BatchActivities:
    def __init__(self, clients: ClientBundle, settings: Settings) -> None:
        self._oai = clients.openai
        self._anthropic = clients.anthropic
        self._bedrock_ctl = clients.bedrock_control
        self._s3 = clients.s3
        self._settings = settings

    @activity.defn
    def submit_openai_batch(self, req: BatchRequest) -> str:
        lines = []
        for item in req.items:
            lines.append(
                json.dumps(
                    {
                        "custom_id": item["id"],
                        "method": "POST",
                        "url": "/v1/chat/completions",
                        "body": {
                            "model": self._settings.models.extraction_mini,
                            "response_format": {"type": "json_object"},
                            "messages": [
                                {"role": "system", "content": INVOICE_EXTRACTION_V3},
                                {"role": "user", "content": item["text"][:30000]},
                            ],
                        },
                    }
                )
            )
        buf = io.BytesIO("\n".join(lines).encode("utf-8"))
        buf.name = f"{req.job_name}.jsonl"
        uploaded = self._oai.files.create(file=buf, purpose="batch")
        batch = self._oai.batches.create(
            input_file_id=uploaded.id,
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata={"job_name": req.job_name},
        )
        activity.logger.info("submitted openai batch %s (%d items)", batch.id, len(req.items))
        return batch.id

    @activity.defn
    def poll_openai_batch(self, batch_id: str) -> BatchProgress:
        batch = self._oai.batches.retrieve(batch_id)
        counts = batch.request_counts
        progress = BatchProgress(
            job_id=batch_id,
            total=counts.total if counts else 0,
            done=counts.completed if counts else 0,
            failed=counts.failed if counts else 0,
        )
        activity.logger.info("batch %s status=%s completion=%.0f%%", batch_id, batch.status, progress.completion() * 100)
        return progress

    @activity.defn
    def submit_anthropic_batch(self, req: BatchRequest) -> str:
        requests = [
            {
                "custom_id": item["id"],
                "params": {
                    "model": self._settings.models.triage,
                    "max_tokens": 150,
                    "system": TRIAGE_V4,
                    "messages": [{"role": "user", "content": item["text"][:12000]}],
                },
            }
            for item in req.items
        ]
        batch = self._anthropic.messages.batches.create(requests=requests)
        return batch.id

    @activity.defn
    def submit_bedrock_batch(self, req: BatchRequest) -> str:
        """Bedrock batch inference: input must be a JSONL file in S3."""
        s = self._settings
        if not s.bedrock_batch_role_arn:
            raise RuntimeError("BEDROCK_BATCH_ROLE_ARN is not configured")
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        key = f"bedrock-batch/{req.job_name}/{stamp}/input.jsonl"
        records: List[Dict[str, object]] = [
            {
                "recordId": item["id"],
                "modelInput": {
                    "anthropic_version": "bedrock-2023-05-31",
                    "max_tokens": 150,
                    "system": TRIAGE_V4,
                    "messages": [{"role": "user", "content": item["text"][:12000]}],
                },
            }
            for item in req.items
        ]
        self._s3.put_object(
            Bucket=s.batch_bucket,
            Key=key,
            Body="\n".join(json.dumps(r) for r in records).encode("utf-8"),
        )
        job = self._bedrock_ctl.create_model_invocation_job(
            jobName=f"{req.job_name}-{uuid.uuid4().hex[:8]}",
            roleArn=s.bedrock_batch_role_arn,
            modelId=s.models.bedrock_converse,
            inputDataConfig={"s3InputDataConfig": {"s3Uri": f"s3://{s.batch_bucket}/{key}"}},
            outputDataConfig={"s3OutputDataConfig": {"s3Uri": f"s3://{s.batch_bucket}/bedrock-batch/{req.job_name}/{stamp}/out/"}},
        )
        return job["jobArn"]
