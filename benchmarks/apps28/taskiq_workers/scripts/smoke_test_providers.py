#!/usr/bin/env python
"""Manual smoke test for provider credentials (run after rotating keys).

Costs a fraction of a cent. Not part of CI.
"""

from __future__ import annotations

import os
import sys
import time

import cohere
import replicate
import voyageai
from groq import Groq


def check(name, fn):
    started = time.perf_counter()
    try:
        detail = fn()
        print(f"[ok]   {name:10s} {time.perf_counter() - started:5.2f}s  {detail}")
        return True
    except Exception as exc:  # noqa: BLE001
        print(f"[FAIL] {name:10s} {exc!r}")
        return False


def groq_check():
    client = Groq(api_key=os.environ["GROQ_API_KEY"])
    resp = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": "Say OK."}],
        max_tokens=3,
    )
    return resp.choices[0].message.content


def voyage_check():
    vo = voyageai.Client()
    result = vo.embed(["smoke test"], model="voyage-3-lite")
    return f"dim={len(result.embeddings[0])}"


def cohere_check():
    co = cohere.ClientV2()
    resp = co.chat(model="command-r-08-2024", messages=[{"role": "user", "content": "Say OK."}], max_tokens=3)
    return resp.message.content[0].text


def cohere_key_check():
    # free endpoint, just validates the key
    return cohere.ClientV2().check_api_key()


def replicate_check():
    out = replicate.run("meta/meta-llama-3-8b-instruct", input={"prompt": "Say OK.", "max_tokens": 3})
    return "".join(out)


def main() -> int:
    only = set(sys.argv[1:])
    checks = {
        "groq": groq_check,
        "voyage": voyage_check,
        "cohere-key": cohere_key_check,
        "cohere": cohere_check,
        "replicate": replicate_check,
    }
    ok = all(check(name, fn) for name, fn in checks.items() if not only or name in only)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
