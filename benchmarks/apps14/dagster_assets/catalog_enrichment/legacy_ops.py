"""Op-based jobs from before the move to software-defined assets.

Kept because finance and legal still trigger them by hand from the launchpad.
Don't add new work here; write an asset instead.
"""
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Dict, List

import openai
import vertexai
from dagster import Config, OpExecutionContext, In, Out, job, op
from vertexai.generative_models import GenerativeModel

from .llm.clients import get_anthropic_client, get_openai_client
from .resources import S3Resource, WarehouseResource
from .utils import chunked, get_logger

log = get_logger("legacy_ops")

openai.api_key = os.environ.get("OPENAI_API_KEY")


class SnapshotConfig(Config):
    snapshot_date: str = str(date.today())
    chunk_size: int = 256


@op(out=Out(List[Dict]))
def load_catalog_snapshot(context: OpExecutionContext, config: SnapshotConfig, warehouse: WarehouseResource):
    rows = warehouse.fetch_dicts(
        "select sku, title, description from snapshots.products where snapshot_date = %s",
        (config.snapshot_date,),
    )
    context.log.info("loaded %d products", len(rows))
    return rows


@op(ins={"products": In(List[Dict])})
def embed_catalog_snapshot(
    context: OpExecutionContext, config: SnapshotConfig, products: List[Dict], s3: S3Resource
) -> str:
    client = get_openai_client()
    texts = [f"{p['title']}\n{p['description']}" for p in products]
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [
            pool.submit(client.embeddings.create, model="text-embedding-3-small", input=list(chunk))
            for chunk in chunked(texts, config.chunk_size)
        ]
        vectors = [item.embedding for f in futures for item in f.result().data]

        uploads = []
        for i, chunk in enumerate(chunked(list(zip(products, vectors)), 5000)):
            payload = [{"sku": p["sku"], "vector": v} for p, v in chunk]
            uploads.append(pool.submit(s3.put_json, f"snapshots/{config.snapshot_date}/vectors-{i:04d}.json", payload))
        uris = [u.result() for u in uploads]
    context.log.info("wrote %d vector files", len(uris))
    return f"s3://{s3.bucket}/snapshots/{config.snapshot_date}/"


@job
def legacy_catalog_snapshot_job():
    embed_catalog_snapshot(load_catalog_snapshot())


@op
def embed_help_center_articles(context: OpExecutionContext, warehouse: WarehouseResource) -> int:
    articles = warehouse.fetch_dicts("select article_id, title, body from raw.help_center_articles")
    rows = []
    for batch in chunked(articles, 100):
        resp = openai.embeddings.create(
            model="text-embedding-ada-002",
            input=[a["title"] + "\n" + a["body"][:6000] for a in batch],
        )
        rows.extend({"article_id": a["article_id"], "vector": d.embedding} for a, d in zip(batch, resp.data))
    return warehouse.upsert_rows("help_center_vectors", rows, key=["article_id"])


@job
def help_center_embedding_job():
    embed_help_center_articles()


class EscalationConfig(Config):
    month: str  # YYYY-MM


@op
def summarize_monthly_escalations(context: OpExecutionContext, config: EscalationConfig, warehouse: WarehouseResource):
    rows = warehouse.fetch_dicts(
        "select summary from escalation_summaries where to_char(partition_date, 'YYYY-MM') = %s",
        (config.month,),
    )
    joined = "\n\n".join(r["summary"] for r in rows)
    message = get_anthropic_client().messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=1500,
        messages=[
            {
                "role": "user",
                "content": "These are summaries of this month's escalated support tickets. "
                "Group them into root causes and estimate the share of each.\n\n" + joined,
            }
        ],
    )
    report = message.content[0].text
    warehouse.upsert_rows("monthly_escalation_reports", [{"month": config.month, "report": report}], key=["month"])
    return report


@job
def monthly_escalation_report_job():
    summarize_monthly_escalations()


class LegalCopyConfig(Config):
    document_id: str
    target_locales: List[str] = ["de-DE", "fr-FR", "es-ES", "it-IT"]


@op
def translate_legal_copy(context: OpExecutionContext, config: LegalCopyConfig, warehouse: WarehouseResource):
    # Legal wanted this pinned to a model version they reviewed; don't bump it
    # without asking them.
    vertexai.init(project=os.environ["GCP_PROJECT"], location="europe-west3")
    model = GenerativeModel("gemini-1.0-pro-002")
    doc = warehouse.fetch_dicts("select body from legal.documents where document_id = %s", (config.document_id,))[0]
    out = []
    for locale in config.target_locales:
        response = model.generate_content(
            f"Translate the following legal text to {locale}. Preserve numbering and defined terms.\n\n{doc['body']}",
            generation_config={"temperature": 0.0, "max_output_tokens": 8192},
        )
        out.append({"document_id": config.document_id, "locale": locale, "body": response.text})
    warehouse.upsert_rows("legal_translations", out, key=["document_id", "locale"])


@job
def legal_copy_translation_job():
    translate_legal_copy()
