"""Bedrock batch inference backfill (50% cheaper than on-demand for big reprocessing).

Also hosts the older Titan embedding backfill, which still goes through
enrich.bedrock one record at a time.
"""
from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import List, Optional

from prefect import flow, get_run_logger, task

from enrich import bedrock as legacy_bedrock
from enrich.blocks import aws_credentials
from enrich.models import EnrichmentResult
from enrich.settings import get_settings
from enrich.storage import SnowflakeWriter
from flows.tasks.common import write_results

_DONE = {"Completed", "PartiallyCompleted", "Failed", "Stopped", "Expired"}


@task
def start_invocation_job(input_s3_uri: str, output_s3_uri: str, model_id: str) -> str:
    s = get_settings()
    bedrock = aws_credentials(s.aws_credentials_block).get_client("bedrock")
    job_name = "enrich-backfill-" + datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    resp = bedrock.create_model_invocation_job(
        jobName=job_name,
        roleArn=s.bedrock_batch_role_arn,
        modelId=model_id,
        inputDataConfig={"s3InputDataConfig": {"s3Uri": input_s3_uri, "s3InputFormat": "JSONL"}},
        outputDataConfig={"s3OutputDataConfig": {"s3Uri": output_s3_uri}},
        timeoutDurationInHours=48,
    )
    return resp["jobArn"]


@task(timeout_seconds=48 * 3600)
def wait_for_job(job_arn: str, poll_seconds: int = 300) -> str:
    logger = get_run_logger()
    s = get_settings()
    bedrock = aws_credentials(s.aws_credentials_block).get_client("bedrock")
    while True:
        status = bedrock.get_model_invocation_job(jobIdentifier=job_arn)["status"]
        logger.info("%s -> %s", job_arn, status)
        if status in _DONE:
            return status
        time.sleep(poll_seconds)


@task(retries=2, tags=["bedrock"])
def titan_backfill(doc_ids: List[str], texts: List[str]) -> List[EnrichmentResult]:
    return [
        EnrichmentResult("document", doc_id, "titan_v2", legacy_bedrock.titan_embed(text),
                         legacy_bedrock.TITAN_EMBED_MODEL, "bedrock")
        for doc_id, text in zip(doc_ids, texts)
    ]


@flow(name="bedrock-batch-backfill")
def bedrock_batch_backfill(input_s3_uri: str, output_s3_uri: str, model_id: Optional[str] = None) -> str:
    s = get_settings()
    arn = start_invocation_job(input_s3_uri, output_s3_uri, model_id or s.bedrock_chat_model)
    status = wait_for_job(arn)
    if status not in {"Completed", "PartiallyCompleted"}:
        raise RuntimeError(f"{arn} finished with {status}")
    return arn


@flow(name="titan-embedding-backfill")
def titan_embedding_backfill(limit: int = 10_000) -> int:
    with SnowflakeWriter() as sf:
        rows = sf._connector.fetch_all(
            "select DOC_ID, BODY from CATALOG.DOCUMENTS where TITAN_V2 is null limit %(n)s",
            parameters={"n": limit},
        )
    ids = [str(r[0]) for r in rows]
    texts = [r[1] or "" for r in rows]
    results: List[EnrichmentResult] = []
    for i in range(0, len(ids), 200):
        results.extend(titan_backfill(ids[i : i + 200], texts[i : i + 200]))
    return write_results(results)
