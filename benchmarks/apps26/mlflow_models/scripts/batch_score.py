"""Nightly batch scoring of new claim documents.

Runs as a Databricks job; reads a parquet drop, scores with the registered pyfunc
(spark_udf for the big ones), and backfills embeddings for the search index.
"""
from __future__ import annotations

import argparse
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

import mlflow
import pandas as pd

from docai_models.config import ProviderSettings
from docai_models.providers import build_openai_client, moderate

log = logging.getLogger(__name__)

EMBED_DEPLOYMENT = "text-embedding-3-large"


def score_with_pyfunc(model_uri: str, frame: pd.DataFrame, params: dict | None = None) -> pd.DataFrame:
    model = mlflow.pyfunc.load_model(model_uri)
    return model.predict(frame, params=params)


def score_with_spark(spark, model_uri: str, table: str, out_table: str) -> None:
    udf = mlflow.pyfunc.spark_udf(spark, model_uri=model_uri, result_type="string", env_manager="local")
    df = spark.table(table)
    df.withColumn("prediction", udf("document_text")).write.mode("overwrite").saveAsTable(out_table)


def backfill_embeddings(frame: pd.DataFrame, endpoint: str, workers: int = 8, batch: int = 96) -> pd.DataFrame:
    client = build_openai_client(ProviderSettings(name="azure_openai", model=EMBED_DEPLOYMENT, endpoint=endpoint))
    texts = frame["text"].fillna("").tolist()
    vectors: dict[int, list[list[float]]] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(client.embeddings.create, model=EMBED_DEPLOYMENT, input=texts[i : i + batch], dimensions=1024): i
            for i in range(0, len(texts), batch)
        }
        for fut in as_completed(futures):
            vectors[futures[fut]] = [d.embedding for d in fut.result().data]
    ordered = [v for i in sorted(vectors) for v in vectors[i]]
    return frame.assign(embedding=ordered)


def screen_free_text(frame: pd.DataFrame, endpoint: str) -> pd.DataFrame:
    client = build_openai_client(ProviderSettings(name="azure_openai", model="omni-moderation-latest", endpoint=endpoint))
    return frame.assign(flagged=[moderate(client, t) for t in frame["text"].fillna("")])


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", required=True)
    ap.add_argument("--output", required=True)
    ap.add_argument("--model-uri", required=True)
    ap.add_argument("--azure-endpoint", required=True)
    ap.add_argument("--embed", action="store_true")
    args = ap.parse_args(argv)

    frame = pd.read_parquet(args.input)
    preds = score_with_pyfunc(args.model_uri, frame)
    result = pd.concat([frame.reset_index(drop=True), preds.reset_index(drop=True)], axis=1)
    if args.embed:
        result = backfill_embeddings(result, args.azure_endpoint)
    result.to_parquet(args.output)
    log.info("scored %d rows -> %s", len(result), args.output)


if __name__ == "__main__":
    main()
