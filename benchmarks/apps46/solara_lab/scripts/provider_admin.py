"""Provider housekeeping.

    python scripts/provider_admin.py models       # list models per provider (unbilled)
    python scripts/provider_admin.py quota        # show Groq rate-limit headroom
    python scripts/provider_admin.py upload FILE  # upload a JSONL for batch scoring
"""
from __future__ import annotations

import sys
from pathlib import Path

from lab.backend.clients import get_anthropic_client, get_groq_client, get_openai_client
from lab.backend.registry import registry


def list_models() -> None:
    for name in registry.names():
        try:
            ids = sorted(m.id for m in registry.client_for(name).models.list())
        except Exception as exc:  # noqa: BLE001
            print(f"{name}: error {exc}")
            continue
        print(f"{name}: {len(ids)} models")
        for i in ids[:15]:
            print("   ", i)
    print("anthropic (direct):", [m.id for m in get_anthropic_client().models.list(limit=20)])


def groq_quota() -> dict[str, str]:
    """Groq only reports remaining quota on real requests, so send a 1-token ping."""
    raw = get_groq_client().chat.completions.with_raw_response.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=1,
    )
    keys = ("x-ratelimit-remaining-requests", "x-ratelimit-remaining-tokens", "x-ratelimit-reset-tokens")
    return {k: raw.headers.get(k, "?") for k in keys}


def upload(path: Path) -> str:
    client = get_openai_client()
    with path.open("rb") as fh:
        f = client.files.create(file=fh, purpose="batch")
    return f.id


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "models"
    if cmd == "models":
        list_models()
    elif cmd == "quota":
        for k, v in groq_quota().items():
            print(f"{k}: {v}")
    elif cmd == "upload":
        print(upload(Path(argv[2] if len(argv) > 2 else "data/sql_eval_batch.jsonl")))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
