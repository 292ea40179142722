"""Re-embed the document store after a model change.

    python -m jobs.backfill_embeddings --input docs.jsonl --provider voyage
    python -m jobs.backfill_embeddings --input docs.jsonl --provider openai --workers 8
    python -m jobs.backfill_embeddings --input docs.jsonl --provider cohere-async
"""

from __future__ import annotations

import argparse
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from jobs.common import JobReport, read_jsonl, setup_logging, write_jsonl
from mlserve.clients import get_cohere_client, get_openai_client, get_voyage_client
from mlserve.config import get_settings
from mlserve.costs import estimate_cost_usd
from mlserve.utils import chunked
from services.embedding import embed_batch

OPENAI_MODEL = "text-embedding-3-large"


def backfill_voyage(docs: list[dict], report: JobReport) -> list[dict]:
    cfg = get_settings().embedding
    texts = [d["text"] for d in docs]
    vectors = embed_batch(get_voyage_client(), texts, cfg.model)
    report.processed += len(vectors)
    return [{"id": d["id"], "vector": v} for d, v in zip(docs, vectors)]


def backfill_openai(docs: list[dict], report: JobReport, workers: int) -> list[dict]:
    client = get_openai_client()
    batches = chunked(docs, 256)
    out: list[dict] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(client.embeddings.create, model=OPENAI_MODEL, input=[d["text"] for d in batch]): batch
            for batch in batches
        }
        for fut in as_completed(futures):
            batch = futures[fut]
            try:
                resp = fut.result()
            except Exception as exc:  # noqa: BLE001
                report.failed += len(batch)
                report.notes.append(f"batch failed: {exc!r}")
                continue
            report.input_tokens += resp.usage.total_tokens
            out.extend({"id": d["id"], "vector": e.embedding} for d, e in zip(batch, resp.data))
            report.processed += len(batch)
    report.est_cost_usd += estimate_cost_usd(OPENAI_MODEL, report.input_tokens, 0)
    return out


def backfill_cohere_async(input_path: Path, report: JobReport) -> str:
    """Hands the whole file to Cohere's embed-jobs API; returns the job id."""
    co = get_cohere_client()
    with input_path.open("rb") as fh:
        dataset = co.datasets.create(
            name=f"backfill-{report.started_at[:10]}", data=fh, type="embed-input"
        )
    co.wait(dataset)
    job = co.embed_jobs.create(
        dataset_id=dataset.id,
        model="embed-english-v3.0",
        input_type="search_document",
        embedding_types=["float"],
    )
    report.notes.append(f"cohere embed job {job.job_id}")
    return job.job_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", type=Path, required=True)
    parser.add_argument("--output", type=Path, default=Path("out/embeddings.jsonl"))
    parser.add_argument("--provider", choices=["voyage", "openai", "cohere-async"], default="voyage")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    setup_logging(args.verbose)

    report = JobReport.create("backfill_embeddings")
    if args.provider == "cohere-async":
        backfill_cohere_async(args.input, report)
    else:
        docs = list(read_jsonl(args.input))
        if args.provider == "openai":
            rows = backfill_openai(docs, report, args.workers)
        else:
            rows = backfill_voyage(docs, report)
        write_jsonl(args.output, rows)
    report.dump(Path("out/reports"))
    return 0 if report.failed == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
