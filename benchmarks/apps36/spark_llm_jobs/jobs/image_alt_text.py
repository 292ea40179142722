"""Alt text for product images (accessibility project). Images are read from S3 as bytes
inside the partition and sent to a vision model.

Owner: @accessibility-squad. Uses gpt-4o through the OpenAI client kept in a small
per-worker registry keyed by model family, so we can A/B Claude without touching the job.
"""
from __future__ import annotations

import base64
import logging
from typing import Callable, Iterator

import boto3
from pyspark.sql import Row
from pyspark.sql.types import StringType, StructField, StructType

from jobs.common import JobConfig, base_arg_parser, client_for
from jobs.common.spark_utils import build_spark, read_input, write_output

log = logging.getLogger("image_alt_text")

ALT_SCHEMA = StructType([StructField("image_id", StringType()), StructField("alt_text", StringType())])
ALT_PROMPT = "Write alt text (max 125 characters) describing this product photo for a screen reader."

_REGISTRY: dict[str, object] = {}


def _client(provider: str, cfg: dict):
    if provider not in _REGISTRY:
        _REGISTRY[provider] = client_for(provider, cfg)
    return _REGISTRY[provider]


def _alt_openai(cfg: dict, data: bytes, mime: str) -> str:
    b64 = base64.b64encode(data).decode()
    resp = _client("openai", cfg).chat.completions.create(
        model="gpt-4o",
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": ALT_PROMPT},
                    {"type": "image_url", "image_url": {"url": f"data:{mime};base64,{b64}", "detail": "low"}},
                ],
            }
        ],
        max_tokens=80,
    )
    return resp.choices[0].message.content.strip()


def _alt_anthropic(cfg: dict, data: bytes, mime: str) -> str:
    msg = _client("anthropic", cfg).messages.create(
        model=cfg["anthropic"]["model"],
        max_tokens=80,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "image", "source": {"type": "base64", "media_type": mime, "data": base64.b64encode(data).decode()}},
                    {"type": "text", "text": ALT_PROMPT},
                ],
            }
        ],
    )
    return msg.content[0].text.strip()


BACKENDS: dict[str, Callable[[dict, bytes, str], str]] = {"openai": _alt_openai, "anthropic": _alt_anthropic}


def alt_partition(rows: Iterator[Row], cfg: dict, backend: str) -> Iterator[tuple]:
    s3 = boto3.client("s3")
    fn = BACKENDS[backend]
    for row in rows:
        bucket, _, key = row.s3_uri.removeprefix("s3://").partition("/")
        obj = s3.get_object(Bucket=bucket, Key=key)
        mime = obj.get("ContentType", "image/jpeg")
        try:
            yield (row.image_id, fn(cfg, obj["Body"].read(), mime))
        except Exception as exc:  # noqa: BLE001
            log.warning("image %s failed: %s", row.image_id, exc)
            yield (row.image_id, None)


def main() -> None:
    parser = base_arg_parser(__doc__)
    parser.add_argument("--backend", choices=sorted(BACKENDS), default="openai")
    args = parser.parse_args()
    cfg = JobConfig.from_yaml(args.config)
    spark = build_spark("image-alt-text", cfg)
    bc = spark.sparkContext.broadcast(cfg.to_dict())
    backend = args.backend
    images = read_input(spark, "catalog.product_images", args.date, args.limit).repartition(50)
    rdd = images.rdd.mapPartitions(lambda it: alt_partition(it, bc.value, backend))
    write_output(spark.createDataFrame(rdd, ALT_SCHEMA), cfg.output_table("image_alt_text"), args.date, args.dry_run)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
