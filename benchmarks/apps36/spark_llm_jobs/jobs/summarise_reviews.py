"""Summarise product reviews with Claude (direct Anthropic API).

Reviews are grouped per product on the driver side of the shuffle, then each partition of
products is summarised with one Anthropic client per Python worker.
"""
from __future__ import annotations

import json
import logging
from typing import Iterable, Iterator

from pyspark.sql import functions as F

from jobs.common import JobConfig, base_arg_parser, bucket_for
from jobs.common.clients import get_anthropic_client
from jobs.common.prompts import SUMMARISE_REVIEWS, format_reviews
from jobs.common.schemas import SUMMARY_SCHEMA
from jobs.common.spark_utils import build_spark, read_input, write_output

log = logging.getLogger("summarise_reviews")

MAX_REVIEWS = 60


def _summarise_one(client, model: str, title: str, reviews: list[str]) -> dict:
    prompt = SUMMARISE_REVIEWS.substitute(n=len(reviews), title=title, reviews=format_reviews(reviews))
    message = client.messages.create(
        model=model,
        max_tokens=600,
        temperature=0.2,
        system="You summarise customer reviews for a retail catalog. Output only JSON.",
        messages=[{"role": "user", "content": prompt}],
    )
    text = "".join(b.text for b in message.content if b.type == "text")
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return {"summary": text.strip(), "pros": [], "cons": []}


def _summarise_long(client, model: str, title: str, reviews: list[str]) -> dict:
    """Products with hundreds of reviews: stream so the request does not hit the read timeout."""
    prompt = SUMMARISE_REVIEWS.substitute(n=len(reviews), title=title, reviews=format_reviews(reviews, 40_000))
    chunks = []
    with client.messages.stream(
        model=model,
        max_tokens=1024,
        messages=[{"role": "user", "content": prompt}],
    ) as stream:
        for text in stream.text_stream:
            chunks.append(text)
    try:
        return json.loads("".join(chunks))
    except json.JSONDecodeError:
        return {"summary": "".join(chunks).strip(), "pros": [], "cons": []}


def summarise_partition(rows: Iterable, cfg: dict) -> Iterator[tuple]:
    client = get_anthropic_client()
    model = cfg["anthropic"]["model"]
    bucket = bucket_for("anthropic", cfg["rate_limit"]["requests_per_minute"])
    for row in rows:
        reviews = [r for r in row.reviews if r]
        if not reviews:
            continue
        bucket.acquire()
        if len(reviews) > MAX_REVIEWS:
            result = _summarise_long(client, model, row.title, reviews)
        else:
            result = _summarise_one(client, model, row.title, reviews)
        yield (row.product_id, result.get("summary"), result.get("pros", [])[:3], result.get("cons", [])[:3], len(reviews))


def main() -> None:
    args = base_arg_parser(__doc__).parse_args()
    cfg = JobConfig.from_yaml(args.config)
    spark = build_spark("summarise-reviews", cfg)
    bc = spark.sparkContext.broadcast(cfg.to_dict())

    reviews = read_input(spark, cfg.table("reviews"), args.date, args.limit)
    products = spark.table(cfg.table("products")).select("product_id", "title")
    grouped = (
        reviews.groupBy("product_id")
        .agg(F.collect_list("review_text").alias("reviews"))
        .join(products, "product_id")
        .repartition(64)
    )
    summaries = grouped.rdd.mapPartitions(lambda it: summarise_partition(it, bc.value))
    write_output(spark.createDataFrame(summaries, SUMMARY_SCHEMA), cfg.output_table("review_summaries"), args.date, args.dry_run)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
