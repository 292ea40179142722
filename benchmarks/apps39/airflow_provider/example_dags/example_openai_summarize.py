"""Nightly summary of yesterday's incident reports.

Owner: sre-tooling. Uses the registry client so the worker reuses one
connection per process.
"""
from __future__ import annotations

import functools
import json

import pendulum
from airflow.decorators import dag, task
from airflow.providers.amazon.aws.hooks.s3 import S3Hook

from acme_airflow_llm.operators.openai import OpenAIChatOperator, OpenAIModerationOperator
from acme_airflow_llm.utils.costs import completion_cost
from acme_airflow_llm.utils.prompts import SUMMARIZE
from acme_airflow_llm.utils.registry import get_client

BUCKET = "acme-incidents"


@dag(
    dag_id="example_openai_incident_summary",
    schedule="0 6 * * *",
    start_date=pendulum.datetime(2024, 5, 1, tz="UTC"),
    catchup=False,
    tags=["example", "llm", "openai"],
    default_args={"retries": 2},
)
def incident_summary():
    @task
    def list_reports(ds=None) -> list[str]:
        s3 = S3Hook(aws_conn_id="aws_default")
        return s3.list_keys(bucket_name=BUCKET, prefix=f"reports/{ds}/") or []

    @task(max_active_tis_per_dag=4)
    def summarize(key: str) -> dict:
        body = S3Hook(aws_conn_id="aws_default").read_key(key, bucket_name=BUCKET)
        client = get_client("openai")
        response = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=SUMMARIZE.messages(document=body, max_words="120"),
            temperature=0,
        )
        return {
            "key": key,
            "summary": response.choices[0].message.content,
            "cost_usd": completion_cost(response, "gpt-4o-mini"),
        }

    @task
    def embed_summaries(items: list[dict]) -> list[dict]:
        client = get_client("openai")
        embed = functools.partial(client.embeddings.create, model="text-embedding-3-small")
        texts = [item["summary"] for item in items]
        vectors = embed(input=texts)
        for item, vec in zip(items, vectors.data):
            item["embedding"] = vec.embedding
        return items

    @task
    def publish(items: list[dict], ds=None) -> None:
        S3Hook(aws_conn_id="aws_default").load_string(
            json.dumps(items), key=f"summaries/{ds}.json", bucket_name=BUCKET, replace=True
        )

    keys = list_reports()
    summaries = summarize.expand(key=keys)
    embedded = embed_summaries(summaries)
    publish(embedded)

    headline = OpenAIChatOperator(
        task_id="headline",
        prompt="Write a one-line headline for these summaries: {{ ti.xcom_pull(task_ids='embed_summaries') | map(attribute='summary') | join(' ') }}",
        model="gpt-4o-mini",
    )
    moderation = OpenAIModerationOperator(task_id="moderate_headline", text="{{ ti.xcom_pull(task_ids='headline') }}")
    embedded >> headline >> moderation


incident_summary()
