"""Nightly batch submissions (``batch`` queue and the ``flask nightly-retag`` cron).

Batch APIs are half price, so anything that can wait until morning goes here.
"""
import io
import json
import logging
from datetime import datetime, timedelta, timezone

import boto3
from flask import current_app
from sqlalchemy import select

from newsroom.ai import clients
from newsroom.ai.prompts import SUMMARY_SYSTEM, TAGGING_SYSTEM, TRANSLATION_SYSTEM, summary_user_prompt
from newsroom.extensions import db
from newsroom.models import AiSuggestion, Article

log = logging.getLogger(__name__)


def _recently_updated(hours=24, limit=2000):
    since = datetime.now(timezone.utc) - timedelta(hours=hours)
    stmt = (
        select(Article)
        .where(Article.status == "published", Article.updated_at >= since)
        .order_by(Article.id)
        .limit(limit)
    )
    return list(db.session.scalars(stmt))


def submit_nightly_retag():
    cfg = current_app.config
    articles = _recently_updated()
    if not articles:
        log.info("nothing to retag")
        return None

    lines = []
    for article in articles:
        lines.append(
            json.dumps(
                {
                    "custom_id": f"retag-{article.id}",
                    "method": "POST",
                    "url": "/v1/chat/completions",
                    "body": {
                        "model": cfg["OPENAI_CHAT_MODEL"],
                        "messages": [
                            {"role": "system", "content": TAGGING_SYSTEM},
                            {"role": "user", "content": article.plain_text(limit=12000)},
                        ],
                        "response_format": {"type": "json_object"},
                        "temperature": 0,
                    },
                }
            )
        )
    client = clients.openai_client()
    upload = client.files.create(
        file=("retag.jsonl", io.BytesIO("\n".join(lines).encode("utf-8"))),
        purpose="batch",
    )
    batch = client.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "nightly-retag", "articles": str(len(articles))},
    )
    log.info("submitted retag batch %s with %d requests", batch.id, len(lines))
    return batch.id


def collect_retag_batch(batch_id):
    client = clients.openai_client()
    batch = client.batches.retrieve(batch_id)
    if batch.status != "completed":
        log.info("batch %s is %s", batch_id, batch.status)
        return False
    content = client.files.content(batch.output_file_id).text
    for line in content.splitlines():
        row = json.loads(line)
        article_id = int(row["custom_id"].split("-", 1)[1])
        body = row["response"]["body"]
        AiSuggestion.create(
            article_id=article_id,
            kind="tags",
            provider="openai-batch",
            model=body.get("model"),
            payload=json.loads(body["choices"][0]["message"]["content"]),
            commit=False,
        )
    db.session.commit()
    return True


def submit_summary_backfill(limit=500):
    """Summaries for published articles that never got one (pre-2024 archive)."""
    cfg = current_app.config
    stmt = (
        select(Article)
        .where(Article.status == "published", Article.summary.is_(None))
        .order_by(Article.published_at.desc())
        .limit(limit)
    )
    requests_ = [
        {
            "custom_id": f"summary-{article.id}",
            "params": {
                "model": cfg["ANTHROPIC_FAST_MODEL"],
                "max_tokens": 400,
                "system": SUMMARY_SYSTEM,
                "messages": [{"role": "user", "content": summary_user_prompt(article, "standard")}],
            },
        }
        for article in db.session.scalars(stmt)
    ]
    if not requests_:
        return None
    batch = clients.anthropic_client().messages.batches.create(requests=requests_)
    log.info("anthropic summary batch %s: %d requests", batch.id, len(requests_))
    return batch.id


def submit_translation_batch(target="de"):
    """Bedrock batch inference for the weekend partner edition."""
    cfg = current_app.config
    bucket = cfg["BEDROCK_BATCH_BUCKET"]
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M")
    records = []
    for article in _recently_updated(hours=72, limit=500):
        records.append(
            {
                "recordId": f"{article.id}",
                "modelInput": {
                    "anthropic_version": "bedrock-2023-05-31",
                    "max_tokens": 4096,
                    "system": TRANSLATION_SYSTEM.format(target=target),
                    "messages": [{"role": "user", "content": article.body}],
                },
            }
        )
    if len(records) < 100:
        # Bedrock batch jobs need at least 100 records; the on-demand path handles small weeks
        log.info("only %d records, skipping batch", len(records))
        return None

    s3 = boto3.client("s3", region_name=cfg["BEDROCK_REGION"])
    input_key = f"translation/{stamp}/input.jsonl"
    s3.put_object(Bucket=bucket, Key=input_key, Body="\n".join(json.dumps(r) for r in records).encode())

    bedrock = boto3.client("bedrock", region_name=cfg["BEDROCK_REGION"])
    job = bedrock.create_model_invocation_job(
        jobName=f"newsroom-translate-{target}-{stamp}",
        roleArn=cfg["BEDROCK_BATCH_ROLE_ARN"],
        modelId=cfg["BEDROCK_TRANSLATE_MODEL"],
        inputDataConfig={"s3InputDataConfig": {"s3Uri": f"s3://{bucket}/{input_key}"}},
        outputDataConfig={"s3OutputDataConfig": {"s3Uri": f"s3://{bucket}/translation/{stamp}/output/"}},
    )
    return job["jobArn"]
