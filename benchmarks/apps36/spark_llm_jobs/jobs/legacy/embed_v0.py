"""LEGACY: v0 embedding backfill, openai<1.0 style. Only run manually for the archive table.
Requires the `legacy` virtualenv (openai==0.28.1)."""
import os
import sys

import openai
import pandas as pd
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, pandas_udf
from pyspark.sql.types import ArrayType, FloatType

openai.api_key = os.environ["OPENAI_API_KEY"]


@pandas_udf(ArrayType(FloatType()))
def ada_embed(texts: pd.Series) -> pd.Series:
    res = openai.Embedding.create(model="text-embedding-ada-002", input=[t or " " for t in texts])
    return pd.Series([d["embedding"] for d in res["data"]])


if __name__ == "__main__":
    spark = SparkSession.builder.appName("legacy-embed-v0").enableHiveSupport().getOrCreate()
    df = spark.table("archive.product_catalog_2022").where(col("ds") == sys.argv[1])
    df.select("product_id", ada_embed(col("title")).alias("emb")).write.mode("overwrite").saveAsTable(
        "archive.product_embeddings_ada"
    )
