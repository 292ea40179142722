"""Classify support tickets into category / urgency.

spark-submit jobs/classify_tickets.py --config configs/prod.yaml --date 2024-06-01
"""
from __future__ import annotations

import json
import logging
from typing import Iterator

from pyspark.sql import Row

from jobs.common import JobConfig, base_arg_parser, bucket_for, get_openai_client
from jobs.common.prompts import CLASSIFY_SYSTEM, PROMPT_VERSION, TICKET_CATEGORIES
from jobs.common.schemas import TICKET_LABEL_SCHEMA
from jobs.common.spark_utils import build_spark, read_input, repartition_for_llm, write_output

log = logging.getLogger("classify_tickets")


def _parse_label(content: str) -> tuple[str, str]:
    try:
        data = json.loads(content)
    except (json.JSONDecodeError, TypeError):
        return "other", "medium"
    category = data.get("category", "other")
    if category not in TICKET_CATEGORIES:
        category = "other"
    urgency = data.get("urgency", "medium")
    if urgency not in ("low", "medium", "high"):
        urgency = "medium"
    return category, urgency


def classify_partition(rows: Iterator[Row], cfg: dict) -> Iterator[tuple]:
    client = get_openai_client()
    bucket = bucket_for("openai", cfg["rate_limit"]["requests_per_minute"])
    model = cfg["openai"]["model"]
    for row in rows:
        bucket.acquire()
        text = f"Subject: {row.subject}\n\n{(row.body or '')[:6000]}"
        resp = client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": CLASSIFY_SYSTEM},
                {"role": "user", "content": text},
            ],
            response_format={"type": "json_object"},
            temperature=0,
            max_tokens=60,
        )
        category, urgency = _parse_label(resp.choices[0].message.content)
        yield (
            row.ticket_id,
            category,
            urgency,
            f"{model}@{PROMPT_VERSION}",
            resp.usage.prompt_tokens,
            resp.usage.completion_tokens,
        )


def main() -> None:
    args = base_arg_parser(__doc__).parse_args()
    cfg = JobConfig.from_yaml(args.config)
    spark = build_spark("classify-tickets", cfg)
    bc = spark.sparkContext.broadcast(cfg.to_dict())

    tickets = read_input(spark, cfg.table("tickets"), args.date, args.limit).select("ticket_id", "subject", "body")
    tickets = repartition_for_llm(tickets, rows_per_partition=150)

    labelled = tickets.rdd.mapPartitions(lambda it: classify_partition(it, bc.value))
    out = spark.createDataFrame(labelled, schema=TICKET_LABEL_SCHEMA)
    write_output(out, cfg.output_table("ticket_labels"), args.date, args.dry_run)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
