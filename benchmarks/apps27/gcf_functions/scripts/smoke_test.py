#!/usr/bin/env python3
"""Post-deploy smoke test: hit each HTTP function with an identity token."""
from __future__ import annotations

import argparse
import sys

import google.auth.transport.requests
import google.oauth2.id_token
import requests

BASE = "https://europe-west1-{project}.cloudfunctions.net"

CASES = [
    ("describe-listing", {"listing_id": "smoke-test-listing", "length": 40}),
    ("seo-meta", {"topic": "Weekend in Porto", "copy": "Short test copy."}),
    ("itinerary-builder", {"destination": "Porto", "days": 1}),
    ("faq-bot", {"message": "Can I change my booking dates?", "followups": False}),
]


def call(project: str, name: str, body: dict) -> tuple[int, str]:
    url = f"{BASE.format(project=project)}/{name}"
    token = google.oauth2.id_token.fetch_id_token(google.auth.transport.requests.Request(), url)
    resp = requests.post(url, json=body, headers={"Authorization": f"Bearer {token}"}, timeout=120)
    return resp.status_code, resp.text[:200]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", default="wanderly-content-stg")
    args = ap.parse_args()
    failed = 0
    for name, body in CASES:
        status, text = call(args.project, name, body)
        ok = 200 <= status < 300
        failed += not ok
        print(f"{'OK ' if ok else 'ERR'} {name}: {status} {text}")
    # search is GET
    r = requests.get(f"{BASE.format(project=args.project)}/search-rerank", params={"q": "beach"}, timeout=30)
    print(f"{'OK ' if r.ok else 'ERR'} search-rerank: {r.status_code}")
    return 1 if failed or not r.ok else 0


if __name__ == "__main__":
    sys.exit(main())
