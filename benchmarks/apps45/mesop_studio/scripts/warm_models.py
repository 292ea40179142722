#!/usr/bin/env python
"""Pre-deploy smoke check: can we reach every enabled backend?

Lists models (free) and, with --ping, sends one tiny request per backend.
"""

from __future__ import annotations

import argparse
import time

from studio.backends import all_backends, get_anthropic_client, get_openai_client
from studio.settings import get_settings


def list_only() -> None:
    print("openai:", len(list(get_openai_client().models.list())), "models")
    page = get_anthropic_client().models.list(limit=20)
    print("anthropic:", [m.id for m in page.data])


def ping_all() -> None:
    enabled = set(get_settings().enabled_backends)
    for backend in all_backends():
        if backend.provider not in enabled:
            continue
        t0 = time.time()
        try:
            out = backend.run([{"role": "user", "content": "Reply with OK."}], max_tokens=5)
            print(f"{backend.key:40s} {time.time() - t0:5.2f}s  {out.text!r}")
        except Exception as exc:  # noqa: BLE001
            print(f"{backend.key:40s} FAILED: {exc}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--ping", action="store_true")
    args = ap.parse_args()
    list_only()
    if args.ping:
        ping_all()
