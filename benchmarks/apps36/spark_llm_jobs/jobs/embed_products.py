"""Embed product titles + descriptions for the semantic search index.

Two backends: OpenAI (default) and Together (cheaper, used for the long-tail catalog).
"""
from __future__ import annotations

import logging

import pandas as pd
from pyspark.sql import functions as F
from pyspark.sql.functions import pandas_udf

from jobs.common import JobConfig, base_arg_parser
from jobs.common.clients import get_openai_client, get_together_client
from jobs.common.embeddings import embed_openai, embed_together, l2_normalise
from jobs.common.schemas import EMBEDDING_TYPE
from jobs.common.spark_utils import build_spark, read_input, write_output

log = logging.getLogger("embed_products")


def make_openai_udf(model: str, dimensions: int):
    @pandas_udf(EMBEDDING_TYPE)
    def embed(texts: pd.Series) -> pd.Series:
        vectors = embed_openai(get_openai_client(), texts.tolist(), model=model, dimensions=dimensions)
        return pd.Series(vectors)

    return embed


def make_together_udf(model: str):
    @pandas_udf(EMBEDDING_TYPE)
    def embed(texts: pd.Series) -> pd.Series:
        vectors = embed_together(get_together_client(), texts.tolist(), model=model)
        return pd.Series([l2_normalise(v) for v in vectors])

    return embed


@pandas_udf(EMBEDDING_TYPE)
def embed_titles_small(titles: pd.Series) -> pd.Series:
    # quick path for the title-only index; no batching helper needed, arrow batches are 256 rows
    client = get_openai_client()
    resp = client.embeddings.create(model="text-embedding-3-small", input=[t or " " for t in titles], dimensions=256)
    return pd.Series([d.embedding for d in resp.data])


def main() -> None:
    parser = base_arg_parser(__doc__)
    parser.add_argument("--backend", choices=["openai", "together"], default="openai")
    parser.add_argument("--titles-only", action="store_true")
    args = parser.parse_args()
    cfg = JobConfig.from_yaml(args.config)
    spark = build_spark("embed-products", cfg)

    products = read_input(spark, cfg.table("products"), args.date, args.limit)
    if args.titles_only:
        out = products.select("product_id", embed_titles_small(F.col("title")).alias("embedding"))
        write_output(out, cfg.output_table("product_title_embeddings"), args.date, args.dry_run)
        return

    text = F.concat_ws("\n", F.col("title"), F.coalesce(F.col("description"), F.lit("")))
    if args.backend == "openai":
        udf = make_openai_udf(cfg.openai["embedding_model"], dimensions=1024)
    else:
        udf = make_together_udf(cfg.together["embedding_model"])
    out = products.select("product_id", udf(text).alias("embedding"), F.lit(args.backend).alias("backend"))
    write_output(out, cfg.output_table("product_embeddings"), args.date, args.dry_run)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
