#!/usr/bin/env python
"""Smoke test a running gateway.  Used by the deploy pipeline."""
from __future__ import annotations

import argparse
import sys

from gateway.client import GatewayClient


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="localhost")
    ap.add_argument("--port", type=int, default=18861)
    ap.add_argument("--token")
    args = ap.parse_args()

    with GatewayClient(args.host, args.port, token=args.token) as gw:
        backends = gw.root.backends()
        print("backends:", list(backends))
        out = gw.complete("Reply with the word OK.", max_tokens=5, temperature=0)
        print("complete:", out["text"], out["backend"])
        vecs = gw.embed(["hello world"])
        print("embed dims:", len(vecs[0]))
        print("classify:", gw.classify("The invoice is overdue", ["billing", "support", "sales"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
