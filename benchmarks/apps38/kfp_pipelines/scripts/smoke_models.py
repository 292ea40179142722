#!/usr/bin/env python
"""Pre-release smoke test: can every provider be reached from the runner SA?

Listing and token counting are free; one tiny generation per provider
confirms quota is assigned in the target region.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

from llm_batch import get_anthropic_vertex, get_cohere, get_genai_client, get_openai, get_voyage  # noqa: E402
from llm_batch.config import load_settings  # noqa: E402


def check_google() -> str:
    client = get_genai_client()
    names = [m.name for m in client.models.list(config={"page_size": 50})]
    assert any("gemini" in n for n in names), names[:5]
    tokens = client.models.count_tokens(model=load_settings().gemini_model, contents="ping")
    pong = client.models.generate_content(model=load_settings().gemini_model, contents="Reply with 'pong'.")
    return f"google ok ({tokens.total_tokens} tok, {pong.text.strip()!r})"


def check_anthropic() -> str:
    claude = get_anthropic_vertex()
    r = claude.messages.create(
        model=load_settings().claude_model, max_tokens=5, messages=[{"role": "user", "content": "Reply with 'pong'."}]
    )
    return f"anthropic ok ({r.content[0].text!r})"


def check_openai() -> str:
    ids = [m.id for m in get_openai().models.list()]
    return f"openai ok ({len(ids)} models)"


def check_cohere() -> str:
    co = get_cohere()
    toks = co.tokenize(text="ping", model="command-r-plus-08-2024")
    return f"cohere ok ({len(toks.tokens)} tok)"


def check_voyage() -> str:
    vo = get_voyage()
    r = vo.embed(["ping"], model="voyage-3-lite")
    return f"voyage ok (dim {len(r.embeddings[0])})"


CHECKS = [check_google, check_anthropic, check_openai, check_cohere, check_voyage]

if __name__ == "__main__":
    failed = 0
    for check in CHECKS:
        try:
            print(check())
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"{check.__name__} FAILED: {exc}")
    sys.exit(1 if failed else 0)
