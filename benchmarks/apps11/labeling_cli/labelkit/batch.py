"""Offline batch submissions (``labelkit batch submit``): ~50% cheaper, results within 24h.

Supported for Together (Batch API) and Bedrock (model invocation jobs). Status is polled
with ``labelkit batch status <id>``.
"""
from __future__ import annotations

import json
import logging
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, Optional

from labelkit import aws, prompts
from labelkit.clients import get_together
from labelkit.config import get_settings
from labelkit.errors import LabelkitError
from labelkit.plugins.bedrock import to_converse
from labelkit.spec import JobSpec

log = logging.getLogger(__name__)


@dataclass
class BatchHandle:
    provider: str
    batch_id: str
    submitted_at: float
    input_ref: str

    def to_json(self) -> str:
        return json.dumps(self.__dict__)


# ------------------------------------------------------------------ together

def _together_request_lines(spec: JobSpec, items: Iterable[Dict[str, Any]]) -> Iterable[str]:
    for item in items:
        yield json.dumps({
            "custom_id": str(item[spec.id_field]),
            "body": {
                "model": spec.model,
                "messages": prompts.build_messages(spec, str(item[spec.text_field])),
                "temperature": spec.temperature,
                "max_tokens": spec.max_tokens,
            },
        })


def submit_together_batch(spec: JobSpec, items: Iterable[Dict[str, Any]]) -> BatchHandle:
    client = get_together()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{spec.name}-{uuid.uuid4().hex[:8]}.jsonl"
        count = 0
        with path.open("w") as fh:
            for line in _together_request_lines(spec, items):
                fh.write(line + "\n")
                count += 1
        if count == 0:
            raise LabelkitError("no items to submit")
        uploaded = client.files.upload(path, purpose="batch-api")
    log.info("uploaded %d requests as %s", count, uploaded.id)

    batch = client.batches.create(
        input_file_id=uploaded.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
    )
    return BatchHandle("together", batch.job.id if hasattr(batch, "job") else batch.id, time.time(), uploaded.id)


def together_batch_status(batch_id: str) -> Dict[str, Any]:
    batch = get_together().batches.retrieve(batch_id)
    return {"id": batch.id, "status": batch.status, "output_file_id": getattr(batch, "output_file_id", None)}


# ------------------------------------------------------------------ bedrock

def _bedrock_record(spec: JobSpec, item: Dict[str, Any]) -> Dict[str, Any]:
    system, convo = to_converse(prompts.build_messages(spec, str(item[spec.text_field])))
    # batch inference takes the native InvokeModel body; this is the Anthropic messages format
    return {
        "recordId": str(item[spec.id_field]),
        "modelInput": {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": spec.max_tokens,
            "temperature": spec.temperature,
            "system": system[0]["text"] if system else "",
            "messages": [{"role": m["role"], "content": m["content"][0]["text"]} for m in convo],
        },
    }


def submit_bedrock_batch(spec: JobSpec, items: Iterable[Dict[str, Any]], staging_uri: str,
                         role_arn: Optional[str] = None) -> BatchHandle:
    role_arn = role_arn or get_settings().bedrock_batch_role_arn
    if not role_arn:
        raise LabelkitError("Bedrock batch jobs need LABELKIT_BEDROCK_BATCH_ROLE_ARN")
    bucket, prefix = aws.split_s3_uri(staging_uri.rstrip("/") + "/")
    input_key = f"{prefix}{spec.name}/input.jsonl"
    body = "\n".join(json.dumps(_bedrock_record(spec, it)) for it in items)
    aws.s3_client().put_object(Bucket=bucket, Key=input_key, Body=body.encode("utf-8"))

    bedrock = aws.bedrock_control(region=spec.options.get("region"))
    job_name = f"labelkit-{spec.name}-{time.strftime('%Y%m%d%H%M%S')}"
    resp = bedrock.create_model_invocation_job(
        jobName=job_name,
        roleArn=role_arn,
        modelId=spec.model,
        inputDataConfig={"s3InputDataConfig": {"s3Uri": f"s3://{bucket}/{input_key}", "s3InputFormat": "JSONL"}},
        outputDataConfig={"s3OutputDataConfig": {"s3Uri": f"s3://{bucket}/{prefix}{spec.name}/output/"}},
        timeoutDurationInHours=48,
    )
    return BatchHandle("bedrock", resp["jobArn"], time.time(), f"s3://{bucket}/{input_key}")


def bedrock_batch_status(job_arn: str) -> Dict[str, Any]:
    job = aws.bedrock_control().get_model_invocation_job(jobIdentifier=job_arn)
    return {"id": job_arn, "status": job["status"], "message": job.get("message")}


SUBMITTERS = {"together": submit_together_batch, "bedrock": submit_bedrock_batch}
