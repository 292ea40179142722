#!/usr/bin/env python
"""Push eval results to the team's results store (internal HTTP service, not an LLM)."""
import argparse
import os

import httpx

from toolkit.io_utils import read_jsonl

RESULTS_API = os.getenv("MLTK_RESULTS_API", "https://results.internal.example.com/api/v1")


class ResultsStore:
    def __init__(self, base_url=RESULTS_API, token=None):
        self.http = httpx.Client(base_url=base_url, headers={"X-Token": token or os.getenv("MLTK_RESULTS_TOKEN", "")})

    def create(self, run_name, rows):
        resp = self.http.post("/runs", json={"name": run_name, "rows": rows})
        resp.raise_for_status()
        return resp.json()["id"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--name", required=True)
    args = ap.parse_args()
    store = ResultsStore()
    run_id = store.create(args.name, read_jsonl(args.results))
    print(f"created run {run_id}")


if __name__ == "__main__":
    main()
