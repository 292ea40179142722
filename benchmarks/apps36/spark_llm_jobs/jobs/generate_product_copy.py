"""Generate marketing copy (short description + 3 bullets) for new catalog items.

Default path is tracked (jobs.common.tracking). The ``--experimental-llama`` flag sends the
long tail to Together; that path is not wired into tracking yet (DATA-2310).
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Iterator

from pyspark.sql import Row
from pyspark.sql.types import ArrayType, StringType, StructField, StructType

from jobs.common import JobConfig, base_arg_parser, get_anthropic_client, get_openai_client, get_together_openai_compat
from jobs.common.rate_limit import bucket_for
from jobs.common.spark_utils import build_spark, chunked, read_input, write_output
from jobs.common.tracking import tracked_anthropic, tracked_openai_chat

log = logging.getLogger("generate_product_copy")

COPY_SCHEMA = StructType(
    [
        StructField("product_id", StringType()),
        StructField("short_description", StringType()),
        StructField("bullets", ArrayType(StringType())),
        StructField("engine", StringType()),
    ]
)

SYSTEM = "You write concise, factual product copy for an online store. Never invent specifications."


@dataclass
class CopyRequest:
    product_id: str
    title: str
    attributes: dict

    def prompt(self) -> str:
        attrs = "\n".join(f"- {k}: {v}" for k, v in self.attributes.items() if v)
        return (
            f"Product: {self.title}\nAttributes:\n{attrs}\n\n"
            'Return JSON: {"short_description": "...", "bullets": ["...", "...", "..."]}'
        )


class CopyCache:
    """Skips products whose copy was generated from identical inputs before."""

    def __init__(self, seen: set[str]) -> None:
        self.seen = seen

    @classmethod
    def create(cls, rows: list[Row]) -> "CopyCache":
        return cls({r.input_hash for r in rows})

    def completion(self, req: CopyRequest) -> bool:
        return str(hash((req.title, tuple(sorted(req.attributes.items()))))) in self.seen


def _parse(text: str | None) -> tuple[str | None, list[str]]:
    try:
        data = json.loads(text or "")
        return data.get("short_description"), list(data.get("bullets", []))[:3]
    except (json.JSONDecodeError, AttributeError):
        return text, []


def _to_request(row: Row) -> CopyRequest:
    attrs = {k: row[k] for k in ("brand", "color", "material", "size") if k in row.__fields__}
    return CopyRequest(row.product_id, row.title, attrs)


def copy_partition_tracked(rows: Iterator[Row], cfg: dict, engine: str) -> Iterator[tuple]:
    bucket = bucket_for(engine, cfg["rate_limit"]["requests_per_minute"])
    if engine == "anthropic":
        client = get_anthropic_client()
    else:
        client = get_openai_client()
    for row in rows:
        req = _to_request(row)
        bucket.acquire()
        if engine == "anthropic":
            msg = tracked_anthropic(
                client,
                "product_copy",
                model=cfg["anthropic"]["model"],
                max_tokens=400,
                system=SYSTEM,
                messages=[{"role": "user", "content": req.prompt()}],
            )
            text = msg.content[0].text
        else:
            resp = tracked_openai_chat(
                client,
                "product_copy",
                model=cfg["openai"]["model"],
                messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": req.prompt()}],
                response_format={"type": "json_object"},
            )
            text = resp.choices[0].message.content
        desc, bullets = _parse(text)
        yield (req.product_id, desc, bullets, engine)


def copy_partition_llama(rows: Iterator[Row], cfg: dict) -> Iterator[tuple]:
    client = get_together_openai_compat()
    model = cfg["together"]["model"]
    for batch in chunked(rows, 20):
        for row in batch:
            req = _to_request(row)
            stream = client.chat.completions.create(
                model=model,
                messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": req.prompt()}],
                stream=True,
                max_tokens=400,
            )
            text = "".join((chunk.choices[0].delta.content or "") for chunk in stream if chunk.choices)
            desc, bullets = _parse(text)
            yield (req.product_id, desc, bullets, "together")


def main() -> None:
    parser = base_arg_parser(__doc__)
    parser.add_argument("--engine", choices=["openai", "anthropic"], default="openai")
    parser.add_argument("--experimental-llama", action="store_true")
    args = parser.parse_args()
    cfg = JobConfig.from_yaml(args.config)
    spark = build_spark("product-copy", cfg)
    bc = spark.sparkContext.broadcast(cfg.to_dict())

    products = read_input(spark, cfg.table("products"), args.date, args.limit)
    entities = spark.table(cfg.output_table("listing_entities")).withColumnRenamed("listing_id", "product_id")
    df = products.join(entities, "product_id", "left").repartition(100)

    cache = CopyCache.create(spark.table(cfg.output_table("product_copy_inputs")).select("input_hash").collect())
    log.info("cache has %d entries", len(cache.seen))

    engine = args.engine
    if args.experimental_llama:
        rdd = df.rdd.mapPartitions(lambda it: copy_partition_llama(it, bc.value))
    else:
        rdd = df.rdd.mapPartitions(lambda it: copy_partition_tracked(it, bc.value, engine))
    write_output(spark.createDataFrame(rdd, COPY_SCHEMA), cfg.output_table("product_copy"), args.date, args.dry_run)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
