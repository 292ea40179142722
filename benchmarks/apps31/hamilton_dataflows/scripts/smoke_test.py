#!/usr/bin/env python
"""One tiny request per provider, to check keys after a rotation. Costs a few cents."""
from __future__ import annotations

import os
import sys

import litellm
from cerebras.cloud.sdk import Cerebras

from enrichment.clients import get_anthropic, get_openai, get_voyage
from enrichment.registry import chat_backend

PING = "Reply with the single word: pong"


def check(name: str, fn) -> bool:
    try:
        out = fn()
    except Exception as exc:  # noqa: BLE001
        print(f"[FAIL] {name}: {exc}")
        return False
    print(f"[ ok ] {name}: {str(out)[:40]!r}")
    return True


def main() -> int:
    cerebras = Cerebras(api_key=os.environ.get("CEREBRAS_API_KEY"))
    results = [
        check("openai", lambda: get_openai().chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": PING}], max_tokens=3
        ).choices[0].message.content),
        check("anthropic", lambda: get_anthropic().messages.create(
            model="claude-3-5-haiku-20241022", max_tokens=5, messages=[{"role": "user", "content": PING}]
        ).content[0].text),
        check("voyage (token count only)", lambda: get_voyage().count_tokens(["ping"], model="voyage-3")),
        check("cerebras", lambda: cerebras.completions.create(model="llama3.1-8b", prompt=PING, max_tokens=3).choices[0].text),
        check("litellm/groq", lambda: litellm.completion(
            model="groq/llama-3.1-8b-instant", messages=[{"role": "user", "content": PING}], max_tokens=3
        ).choices[0].message.content),
        check("together (registry)", lambda: chat_backend("together")(PING)),
    ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
