"""Attribute extraction for marketplace listings on Bedrock (Claude 3 Haiku).

Runs in the AWS account because of the data residency requirement on the listings table.
"""
from __future__ import annotations

import json
import logging
from typing import Iterator

import boto3
from pyspark.sql import Row

from jobs.common import JobConfig, base_arg_parser
from jobs.common.bedrock import converse_text, invoke_claude
from jobs.common.clients import get_bedrock_runtime
from jobs.common.prompts import EXTRACT_ENTITIES
from jobs.common.schemas import ENTITY_SCHEMA
from jobs.common.spark_utils import build_spark, read_input, write_output

log = logging.getLogger("extract_entities")

FIELDS = ("brand", "color", "material", "size")


def _parse(text: str) -> dict:
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < 0:
        return {}
    try:
        return json.loads(text[start : end + 1])
    except json.JSONDecodeError:
        return {}


def extract_partition(rows: Iterator[Row], cfg: dict) -> Iterator[tuple]:
    runtime = get_bedrock_runtime(cfg["bedrock"]["region"])
    model_id = cfg["bedrock"]["model_id"]
    for row in rows:
        prompt = EXTRACT_ENTITIES.substitute(title=row.title, description=(row.description or "")[:4000])
        text, _, _ = invoke_claude(runtime, model_id, prompt, max_tokens=200)
        data = _parse(text)
        yield (row.listing_id, *(data.get(f) for f in FIELDS))


def extract_partition_converse(rows: Iterator[Row], cfg: dict) -> Iterator[tuple]:
    """Converse API variant (model-agnostic); used for the Llama/Mistral comparison runs."""
    session = boto3.Session(region_name=cfg["bedrock"]["region"])
    runtime = session.client("bedrock-runtime")
    model_id = cfg["bedrock"].get("converse_model_id", cfg["bedrock"]["model_id"])
    for row in rows:
        prompt = EXTRACT_ENTITIES.substitute(title=row.title, description=(row.description or "")[:4000])
        resp = runtime.converse(
            modelId=model_id,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": 200, "temperature": 0.0},
        )
        data = _parse(converse_text(resp))
        yield (row.listing_id, *(data.get(f) for f in FIELDS))


def main() -> None:
    parser = base_arg_parser(__doc__)
    parser.add_argument("--api", choices=["invoke", "converse"], default="invoke")
    args = parser.parse_args()
    cfg = JobConfig.from_yaml(args.config)
    spark = build_spark("extract-entities", cfg)
    bc = spark.sparkContext.broadcast(cfg.to_dict())

    # control-plane sanity check on the driver: is the model enabled in this account?
    bedrock = boto3.client("bedrock", region_name=cfg.bedrock["region"])
    models = bedrock.list_foundation_models(byProvider="Anthropic")["modelSummaries"]
    if not any(m["modelId"] == cfg.bedrock["model_id"] for m in models):
        raise SystemExit(f"model {cfg.bedrock['model_id']} not available in {cfg.bedrock['region']}")

    listings = read_input(spark, cfg.table("listings"), args.date, args.limit).repartition(200)
    fn = extract_partition if args.api == "invoke" else extract_partition_converse
    rdd = listings.rdd.mapPartitions(lambda it: fn(it, bc.value))
    write_output(spark.createDataFrame(rdd, ENTITY_SCHEMA), cfg.output_table("listing_entities"), args.date, args.dry_run)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
