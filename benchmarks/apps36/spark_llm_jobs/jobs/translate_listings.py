"""Translate marketplace listings with Gemini on Vertex AI.

Uses a module-level lazy client: the module is imported on each executor by the pandas UDF
and the client is built on first use there (genai.Client is not picklable).
"""
from __future__ import annotations

import logging
import os

import pandas as pd
from google import genai
from google.genai import types
from pyspark.sql import functions as F
from pyspark.sql.functions import pandas_udf
from pyspark.sql.types import StringType

from jobs.common import JobConfig, base_arg_parser
from jobs.common.prompts import TRANSLATE
from jobs.common.spark_utils import build_spark, read_input, write_output

log = logging.getLogger("translate_listings")

_CLIENT: genai.Client | None = None
_MODEL = os.environ.get("TRANSLATE_MODEL", "gemini-1.5-flash-002")
MAX_INPUT_TOKENS = 6000


def _client() -> genai.Client:
    global _CLIENT
    if _CLIENT is None:
        _CLIENT = genai.Client(
            vertexai=True,
            project=os.environ.get("GOOGLE_CLOUD_PROJECT", "dp-ml-prod"),
            location=os.environ.get("GOOGLE_CLOUD_LOCATION", "us-central1"),
        )
    return _CLIENT


_GEN_CONFIG = types.GenerateContentConfig(temperature=0.1, max_output_tokens=2048)


def _too_long(text: str) -> bool:
    # not billed: token counting only
    count = _client().models.count_tokens(model=_MODEL, contents=text)
    return count.total_tokens > MAX_INPUT_TOKENS


def translate_text(text: str | None, lang: str) -> str | None:
    if not text:
        return text
    if len(text) > 20_000 and _too_long(text):
        text = text[:20_000]
    response = _client().models.generate_content(
        model=_MODEL,
        contents=TRANSLATE.substitute(lang=lang, text=text),
        config=_GEN_CONFIG,
    )
    return response.text


def make_translate_udf(lang: str):
    @pandas_udf(StringType())
    def translate(texts: pd.Series) -> pd.Series:
        return texts.apply(lambda t: translate_text(t, lang))

    return translate


def main() -> None:
    parser = base_arg_parser(__doc__)
    parser.add_argument("--lang", default="German")
    args = parser.parse_args()
    cfg = JobConfig.from_yaml(args.config)
    spark = build_spark("translate-listings", cfg)

    listings = read_input(spark, cfg.table("listings"), args.date, args.limit)
    # only listings that have not been translated for this language yet
    done = spark.table(cfg.output_table("listing_translations")).where(F.col("lang") == args.lang)
    todo = listings.join(done.select("listing_id"), "listing_id", "left_anti")
    tr = make_translate_udf(args.lang)
    out = todo.select(
        "listing_id",
        F.lit(args.lang).alias("lang"),
        tr(F.col("title")).alias("title_tr"),
        tr(F.col("description")).alias("description_tr"),
    )
    write_output(out, cfg.output_table("listing_translations"), args.date, args.dry_run)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
