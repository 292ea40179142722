"""LEGACY: keyword tagging with the vertexai SDK (pre google-genai). Kept for the
`catalog_tags_v2` table, which downstream teams still read."""
import sys

import vertexai
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, udf
from pyspark.sql.types import StringType
from vertexai.generative_models import GenerationConfig, GenerativeModel

PROJECT = "dp-ml-prod"
_model = None


def get_model():
    global _model
    if _model is None:
        vertexai.init(project=PROJECT, location="us-central1")
        _model = GenerativeModel("gemini-1.0-pro-002")
    return _model


def tags(title, description):
    prompt = "Give 5 comma separated catalog tags for:\n%s\n%s" % (title, description or "")
    res = get_model().generate_content(prompt, generation_config=GenerationConfig(max_output_tokens=64))
    return res.text.strip()


tags_udf = udf(tags, StringType())

if __name__ == "__main__":
    spark = SparkSession.builder.appName("legacy-keywords-vertex").enableHiveSupport().getOrCreate()
    df = spark.table("prod_raw.product_catalog").where(col("ds") == sys.argv[1])
    df.select("product_id", tags_udf(col("title"), col("description")).alias("tags")).write.mode(
        "overwrite"
    ).saveAsTable("prod_enriched.catalog_tags_v2")
