"""Turns terse policy violation messages into friendly explanations.

Explanations are cached on disk because the same violation tends to fire on
every preview of a PR.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from infra_ai.clients import get_groq
from infra_ai.prompts import POLICY_EXPLAIN_SYSTEM

CACHE_DIR = Path(os.getenv("POLICY_EXPLAIN_CACHE", os.path.expanduser("~/.cache/policy-explain")))
ENABLED = os.getenv("POLICY_EXPLAIN", "0") == "1"
MODEL = os.getenv("POLICY_EXPLAIN_MODEL", "llama-3.1-8b-instant")


def _cache_path(policy: str, message: str, resource_type: str) -> Path:
    h = hashlib.sha1(f"{policy}|{resource_type}|{message}".encode()).hexdigest()
    return CACHE_DIR / f"{h}.json"


def explain(policy: str, message: str, resource_type: str) -> str:
    if not ENABLED:
        return message
    path = _cache_path(policy, message, resource_type)
    if path.exists():
        return json.loads(path.read_text())["text"]
    completion = get_groq().chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": POLICY_EXPLAIN_SYSTEM},
            {"role": "user", "content": f"Policy `{policy}` failed on {resource_type}: {message}"},
        ],
        temperature=0,
        max_tokens=200,
    )
    text = completion.choices[0].message.content or message
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"text": text}))
    return f"{message}\n\n{text}"
