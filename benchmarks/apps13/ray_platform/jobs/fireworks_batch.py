"""Offline generation through Fireworks' batch inference API (50% cheaper, <24h).

    python -m jobs.fireworks_batch --input prompts.jsonl --model llama-v3p1-8b-instruct
"""
import argparse
import datetime as dt
import json
import logging
from pathlib import Path

from inference.clients import get_fireworks
from platform_config import get_settings

logger = logging.getLogger("jobs.fireworks_batch")


def count_rows(path: Path) -> int:
    with path.open() as fh:
        return sum(1 for line in fh if line.strip())


def _model_name(model: str) -> str:
    return model if model.startswith("accounts/") else f"accounts/fireworks/models/{model}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", type=Path, required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--max-tokens", type=int, default=1024)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    account = get_settings().keys.fireworks_account
    fw = get_fireworks()
    stamp = dt.datetime.utcnow().strftime("%Y%m%d-%H%M%S")
    in_id = f"batch-in-{stamp}"
    out_id = f"batch-out-{stamp}"

    n = count_rows(args.input)
    fw.datasets.create(
        account_id=account,
        dataset_id=in_id,
        dataset={"display_name": args.input.name, "format": "CHAT", "example_count": str(n)},
    )
    with args.input.open("rb") as fh:
        fw.datasets.upload(in_id, account_id=account, file=fh)
    logger.info("uploaded %d rows to dataset %s", n, in_id)

    if args.dry_run:
        return

    job = fw.batch_inference_jobs.create(
        account_id=account,
        model=_model_name(args.model),
        input_dataset_id=f"accounts/{account}/datasets/{in_id}",
        output_dataset_id=f"accounts/{account}/datasets/{out_id}",
        display_name=f"platform-{stamp}",
        inference_parameters={"max_tokens": args.max_tokens, "temperature": 0.0},
    )
    print(json.dumps({"job": job.name, "state": job.state, "output_dataset": out_id}))


if __name__ == "__main__":
    main()
