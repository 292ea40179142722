"""Offline re-ranking of search candidates (query, candidate list) with Together's rerank
endpoint; used to build training labels for the learning-to-rank model."""
from __future__ import annotations

import functools
import logging
import os
from typing import Iterator

import httpx
from pyspark.sql import Row
from pyspark.sql.types import ArrayType, FloatType, StringType, StructField, StructType

from jobs.common import JobConfig, base_arg_parser, get_together_client
from jobs.common.spark_utils import build_spark, read_input, write_output

log = logging.getLogger("rerank_search")

OUT_SCHEMA = StructType(
    [
        StructField("query_id", StringType()),
        StructField("doc_ids", ArrayType(StringType())),
        StructField("scores", ArrayType(FloatType())),
    ]
)

TOGETHER_RERANK_URL = "https://api.together.xyz/v1/rerank"


def rerank_partition(rows: Iterator[Row], cfg: dict) -> Iterator[tuple]:
    client = get_together_client()
    rerank = functools.partial(client.rerank.create, model=cfg["together"]["rerank_model"])
    for row in rows:
        docs = [c.text for c in row.candidates]
        if not docs:
            continue
        result = rerank(query=row.query, documents=docs, top_n=len(docs))
        order = sorted(result.results, key=lambda r: r.index)
        yield (row.query_id, [c.doc_id for c in row.candidates], [float(r.relevance_score) for r in order])


def rerank_partition_http(rows: Iterator[Row], cfg: dict) -> Iterator[tuple]:
    """Fallback used on the old EMR image where the together SDK cannot be installed."""
    headers = {"Authorization": f"Bearer {os.environ['TOGETHER_API_KEY']}"}
    with httpx.Client(timeout=60.0, headers=headers) as http:
        for row in rows:
            docs = [c.text for c in row.candidates]
            r = http.post(
                TOGETHER_RERANK_URL,
                json={"model": cfg["together"]["rerank_model"], "query": row.query, "documents": docs},
            )
            r.raise_for_status()
            scores = [0.0] * len(docs)
            for item in r.json()["results"]:
                scores[item["index"]] = float(item["relevance_score"])
            yield (row.query_id, [c.doc_id for c in row.candidates], scores)


def main() -> None:
    parser = base_arg_parser(__doc__)
    parser.add_argument("--http", action="store_true")
    args = parser.parse_args()
    cfg = JobConfig.from_yaml(args.config)
    spark = build_spark("rerank-search", cfg)
    bc = spark.sparkContext.broadcast(cfg.to_dict())
    df = read_input(spark, "search.candidate_sets", args.date, args.limit)
    fn = rerank_partition_http if args.http else rerank_partition
    rdd = df.rdd.mapPartitions(lambda it: fn(it, bc.value))
    write_output(spark.createDataFrame(rdd, OUT_SCHEMA), cfg.output_table("rerank_labels"), args.date, args.dry_run)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
