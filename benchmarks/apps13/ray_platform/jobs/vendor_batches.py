"""Submit a JSONL of chat requests to a vendor batch API.

Input rows: {"custom_id": ..., "messages": [...], "max_tokens": ...}

    python -m jobs.vendor_batches --vendor mistral --input requests.jsonl
"""
import argparse
import json
import logging
import tempfile
from pathlib import Path
from typing import Dict, Iterable

from inference import clients

logger = logging.getLogger("jobs.vendor_batches")

MISTRAL_BATCH_MODEL = "mistral-small-latest"
TOGETHER_BATCH_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"


def _read(path: Path) -> Iterable[Dict]:
    with path.open() as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _to_mistral_rows(rows: Iterable[Dict]) -> Iterable[Dict]:
    for r in rows:
        yield {
            "custom_id": r["custom_id"],
            "body": {"messages": r["messages"], "max_tokens": r.get("max_tokens", 512)},
        }


def _to_openai_rows(rows: Iterable[Dict], model: str) -> Iterable[Dict]:
    for r in rows:
        yield {
            "custom_id": r["custom_id"],
            "body": {
                "model": model,
                "messages": r["messages"],
                "max_tokens": r.get("max_tokens", 512),
            },
        }


def _write_tmp(rows: Iterable[Dict]) -> Path:
    tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
    with tmp:
        for row in rows:
            tmp.write(json.dumps(row) + "\n")
    return Path(tmp.name)


def submit_mistral(path: Path, tag: str) -> str:
    mistral = clients.get_mistral()
    known = {m.id for m in mistral.models.list().data or []}
    if MISTRAL_BATCH_MODEL not in known:
        logger.warning("%s not in models list; submitting anyway", MISTRAL_BATCH_MODEL)
    local = _write_tmp(_to_mistral_rows(_read(path)))
    with local.open("rb") as fh:
        uploaded = mistral.files.upload(
            file={"file_name": local.name, "content": fh}, purpose="batch"
        )
    job = mistral.batch.jobs.create(
        input_files=[uploaded.id],
        model=MISTRAL_BATCH_MODEL,
        endpoint="/v1/chat/completions",
        metadata={"tag": tag, "source": "platform"},
    )
    return job.id


def submit_together(path: Path, tag: str) -> str:
    together = clients.get_together()
    local = _write_tmp(_to_openai_rows(_read(path), TOGETHER_BATCH_MODEL))
    uploaded = together.files.upload(file=local, purpose="batch-api", check=False)
    batch = together.batches.create(
        input_file_id=uploaded.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
    )
    logger.info("together batch %s tagged %s", batch.job.id if batch.job else None, tag)
    return batch.job.id if batch.job else ""


SUBMITTERS = {"mistral": submit_mistral, "together": submit_together}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vendor", choices=sorted(SUBMITTERS), required=True)
    parser.add_argument("--input", type=Path, required=True)
    parser.add_argument("--tag", default="adhoc")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    job_id = SUBMITTERS[args.vendor](args.input, args.tag)
    print(json.dumps({"vendor": args.vendor, "job_id": job_id}))


if __name__ == "__main__":
    main()
