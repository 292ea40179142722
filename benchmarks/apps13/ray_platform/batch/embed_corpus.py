"""Embed a document corpus into parquet for the vector-index loaders.

    python -m batch.embed_corpus --input s3://.../docs/ --output s3://.../emb/ [--managed]

``--managed`` hands the whole corpus to Cohere's embed-jobs API instead of fanning out
on our cluster; cheaper for >10M docs but results arrive hours later.
"""
import argparse
import datetime as dt
import json
import logging
import os
import tempfile

import boto3
import ray

from batch.predictors import CohereEmbedPredictor
from inference import clients
from platform_config import get_settings

logger = logging.getLogger("batch.embed_corpus")


def run_on_cluster(input_uri: str, output_uri: str, concurrency: int) -> int:
    ds = ray.data.read_parquet(input_uri, columns=["doc_id", "text"])
    ds = ds.filter(lambda r: bool(r["text"]))
    embedded = ds.map_batches(
        CohereEmbedPredictor,
        fn_constructor_kwargs={"input_type": "search_document"},
        batch_size=96,
        batch_format="pandas",
        concurrency=concurrency,
        num_cpus=0.5,
    )
    embedded.write_parquet(output_uri)
    return embedded.count()


def run_managed(input_uri: str, name: str) -> str:
    co = clients.get_cohere()
    rows = ray.data.read_parquet(input_uri, columns=["text"]).take_all()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for r in rows:
            fh.write(json.dumps({"text": r["text"]}) + "\n")
        path = fh.name
    try:
        with open(path, "rb") as data:
            dataset = co.datasets.create(name=name, type="embed-input", data=data)
    finally:
        os.unlink(path)
    job = co.embed_jobs.create(
        model=get_settings().default_embed_model,
        dataset_id=dataset.id,
        input_type="search_document",
        name=name,
        embedding_types=["float"],
        truncate="END",
    )
    return job.job_id


def write_manifest(output_uri: str, payload: dict) -> None:
    bucket, _, prefix = output_uri.replace("s3://", "").partition("/")
    boto3.client("s3").put_object(
        Bucket=bucket,
        Key=f"{prefix.rstrip('/')}/_MANIFEST.json",
        Body=json.dumps(payload).encode(),
        ContentType="application/json",
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--managed", action="store_true")
    args = parser.parse_args()

    logging.basicConfig(level=logging.INFO)
    ray.init(address="auto")
    started = dt.datetime.utcnow().isoformat()
    if args.managed:
        job_id = run_managed(args.input, name=f"corpus-{started[:10]}")
        manifest = {"mode": "managed", "cohere_job_id": job_id, "started": started}
    else:
        n = run_on_cluster(args.input, args.output, args.concurrency)
        manifest = {"mode": "cluster", "rows": n, "started": started}
    write_manifest(args.output, manifest)
    logger.info("done: %s", manifest)


if __name__ == "__main__":
    main()
