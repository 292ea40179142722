"""Submit one of the job entrypoints to a Ray cluster.

    python -m jobs.submit nightly_eval --cluster prod -- --date 2024-11-02
"""
import argparse
import logging
import sys
import time
from typing import List

from ray.job_submission import JobStatus, JobSubmissionClient

from platform_config import endpoints

logger = logging.getLogger("jobs.submit")

ENTRYPOINTS = {
    "nightly_eval": "python -m jobs.nightly_eval",
    "embed_corpus": "python -m batch.embed_corpus",
    "classify_tickets": "python -m batch.classify_tickets",
    "ocr_pdfs": "python -m batch.ocr_pdfs",
    "fireworks_batch": "python -m jobs.fireworks_batch",
    "vendor_batches": "python -m jobs.vendor_batches",
    "replicate_backfill": "python -m jobs.replicate_backfill",
}

SECRET_ENV = [
    "TOGETHER_API_KEY",
    "FIREWORKS_API_KEY",
    "MISTRAL_API_KEY",
    "CO_API_KEY",
    "WATSONX_APIKEY",
    "WATSONX_PROJECT_ID",
    "REPLICATE_API_TOKEN",
]


def submit(name: str, extra_args: List[str], address: str, wait: bool) -> str:
    client = JobSubmissionClient(address)
    entrypoint = " ".join([ENTRYPOINTS[name], *extra_args])
    job_id = client.submit_job(
        entrypoint=entrypoint,
        runtime_env={
            "working_dir": ".",
            "excludes": [".git", "tests", "*.ipynb"],
            "env_vars": {"PLATFORM_ENV": "prod"},
            "pip": ["-r requirements.lock"],
        },
        metadata={"submitted_by": "jobs.submit", "job": name},
    )
    logger.info("submitted %s as %s", name, job_id)
    if wait:
        status = client.get_job_status(job_id)
        while status not in {JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.STOPPED}:
            time.sleep(15)
            status = client.get_job_status(job_id)
        sys.stdout.write(client.get_job_logs(job_id))
        if status != JobStatus.SUCCEEDED:
            raise SystemExit(f"{job_id} finished with {status}")
    return job_id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("job", choices=sorted(ENTRYPOINTS))
    parser.add_argument("--address", default=endpoints.RAY_DASHBOARD_URL)
    parser.add_argument("--wait", action="store_true")
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    rest = [a for a in args.rest if a != "--"]
    logging.basicConfig(level=logging.INFO)
    submit(args.job, rest, args.address, args.wait)


if __name__ == "__main__":
    main()
