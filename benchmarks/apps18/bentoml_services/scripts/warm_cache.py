#!/usr/bin/env python
"""Warm the embedding cache by replaying popular queries against a running deployment.

Talks to our own BentoML endpoint, not to a vendor.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import bentoml

from mlserve.cache import CacheKey, ResponseCache


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://localhost:3000")
    parser.add_argument("--queries", type=Path, default=Path("data/top_queries.txt"))
    args = parser.parse_args()

    cache = ResponseCache(ttl_s=86_400)
    queries = [q.strip() for q in args.queries.read_text().splitlines() if q.strip()]
    with bentoml.SyncHTTPClient(args.url, timeout=60) as client:
        for q in queries:
            key = CacheKey.create("embed_query", text=q, model="voyage-3")
            if cache.get_json(key) is not None:
                continue
            result = client.route(request={"task": "embed", "payload": {"texts": [q]}})
            cache.put_json(key, result["vectors"][0])
    print(f"warmed {len(queries)} queries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
