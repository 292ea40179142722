#!/usr/bin/env python
"""Post-deploy smoke test: one tiny request per configured LLM preset, plus a
Groq rate-limit header check. Exit code 1 if anything fails."""
from __future__ import annotations

import os
import sys
import time

from groq import Groq

from app.bootstrap import configure
from app.services import model_registry


def check_presets() -> list[str]:
    failures = []
    for preset in model_registry.presets():
        t0 = time.monotonic()
        try:
            llm = model_registry.get_llm(preset.name)
            out = llm.complete("Reply with the single word: pong")
            ok = "pong" in out.text.lower()
        except Exception as exc:  # noqa: BLE001
            ok, out = False, exc
        print(f"{preset.name:10s} {'ok ' if ok else 'FAIL'} {time.monotonic() - t0:5.2f}s")
        if not ok:
            failures.append(preset.name)
    return failures


def check_groq_limits() -> bool:
    client = Groq(api_key=os.environ["RAG_GROQ_API_KEY"])
    direct = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=1,
    )
    print("groq direct:", direct.usage.total_tokens, "tokens")
    raw = client.chat.completions.with_raw_response.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=1,
    )
    remaining = raw.headers.get("x-ratelimit-remaining-tokens")
    print("groq remaining tokens/min:", remaining)
    raw.parse()
    return remaining is None or int(remaining) > 1000


def main() -> int:
    configure()
    failures = check_presets()
    if not check_groq_limits():
        failures.append("groq-ratelimit")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
