"""LEGACY: first version of review sentiment scoring (2023). Still scheduled nightly for the
BI dashboard until it is switched to jobs/udfs/text_udfs.sentiment_udf.

Talks to the OpenAI REST API directly with requests because the cluster image had an old
openai package pinned at the time.
"""
import os
import sys

import requests
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, udf
from pyspark.sql.types import StringType

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
API_KEY = os.environ.get("OPENAI_API_KEY")


def score(text):
    if text is None:
        return None
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": "Bearer " + API_KEY},
        json={
            "model": "gpt-3.5-turbo",
            "messages": [{"role": "user", "content": "Sentiment (positive/negative/neutral) of: " + text[:3000]}],
            "max_tokens": 3,
        },
        timeout=30,
    )
    if r.status_code != 200:
        return None
    return r.json()["choices"][0]["message"]["content"].strip().lower()


score_udf = udf(score, StringType())


if __name__ == "__main__":
    date = sys.argv[1]
    spark = SparkSession.builder.appName("legacy-sentiment-v1").enableHiveSupport().getOrCreate()
    df = spark.table("prod_raw.product_reviews").where(col("ds") == date)
    df = df.select("review_id", score_udf(col("review_text")).alias("sentiment"))
    df.write.mode("overwrite").saveAsTable("prod_enriched.review_sentiment_v1")
