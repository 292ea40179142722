"""Weekly QA scoring of agent replies with Bedrock batch inference.

We score every public reply from the last week against the QA rubric. Batch inference is ~50%
cheaper than on-demand, and nobody needs the scores before Monday.
"""
import datetime as dt
import json
import logging
import time
from typing import Iterable, List, Optional

import boto3
from dependency_injector.wiring import Provide, inject

from app.containers import Container

logger = logging.getLogger(__name__)

QA_RUBRIC = """Score the agent reply from 1-5 on each of: accuracy, empathy, clarity,
policy_compliance. Return JSON {"accuracy":n,"empathy":n,"clarity":n,"policy_compliance":n,
"comment":"..."}."""

QA_MODEL_ID = "anthropic.claude-3-5-haiku-20241022-v1:0"
TERMINAL_STATES = {"Completed", "PartiallyCompleted", "Failed", "Stopped", "Expired"}


def _record(reply_id: str, customer_message: str, agent_reply: str) -> dict:
    return {
        "recordId": reply_id,
        "modelInput": {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 300,
            "system": QA_RUBRIC,
            "messages": [{
                "role": "user",
                "content": f"Customer:\n{customer_message}\n\nAgent reply:\n{agent_reply}",
            }],
        },
    }


@inject
def submit_weekly_qa_batch(
    replies: Iterable[dict],
    s3=Provide[Container.s3_client],
    bedrock_control=Provide[Container.bedrock_control],
    bucket: str = Provide[Container.config.bedrock.batch_bucket],
    role_arn: str = Provide[Container.config.bedrock.batch_role_arn],
) -> Optional[str]:
    lines = [json.dumps(_record(r["id"], r["customer_message"], r["agent_reply"])) for r in replies]
    if len(lines) < 100:
        # Bedrock rejects batch jobs with fewer than 100 records
        logger.info("only %d replies this week, skipping batch", len(lines))
        return None

    week = dt.date.today().strftime("%G-W%V")
    input_key = f"qa-scoring/{week}/input.jsonl"
    s3.put_object(Bucket=bucket, Key=input_key, Body="\n".join(lines).encode("utf-8"))

    job = bedrock_control.create_model_invocation_job(
        jobName=f"support-qa-{week}-{int(time.time())}",
        roleArn=role_arn,
        modelId=QA_MODEL_ID,
        inputDataConfig={"s3InputDataConfig": {"s3Uri": f"s3://{bucket}/{input_key}"}},
        outputDataConfig={"s3OutputDataConfig": {"s3Uri": f"s3://{bucket}/qa-scoring/{week}/out/"}},
        timeoutDurationInHours=48,
    )
    logger.info("submitted QA batch %s with %d records", job["jobArn"], len(lines))
    return job["jobArn"]


@inject
def wait_for_batch(job_arn: str, poll_seconds: int = 300, max_wait_hours: int = 48,
                   bedrock_control=Provide[Container.bedrock_control]) -> str:
    deadline = time.time() + max_wait_hours * 3600
    while time.time() < deadline:
        status = bedrock_control.get_model_invocation_job(jobIdentifier=job_arn)["status"]
        if status in TERMINAL_STATES:
            return status
        time.sleep(poll_seconds)
    return "TimedOut"


def rescore_disputed(disputed: List[dict], region: str = "us-east-1") -> List[dict]:
    """Agents can dispute a QA score; disputed replies are re-scored on demand with the same
    rubric so the team lead sees a fresh result in the review UI."""
    runtime = boto3.client("bedrock-runtime", region_name=region)
    results = []
    for item in disputed:
        body = _record(item["id"], item["customer_message"], item["agent_reply"])["modelInput"]
        resp = runtime.invoke_model(
            modelId=QA_MODEL_ID,
            body=json.dumps(body),
            contentType="application/json",
        )
        payload = json.loads(resp["body"].read())
        try:
            scores = json.loads(payload["content"][0]["text"])
        except (KeyError, IndexError, ValueError):
            scores = {"comment": "unparseable"}
        results.append({"id": item["id"], **scores})
    return results
