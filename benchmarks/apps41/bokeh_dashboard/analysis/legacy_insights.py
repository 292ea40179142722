"""Original 2023 'insights' helper (openai<1.0 era).

Still imported by ui/legacy_panel.py for the weekly digest tab.  Ported to the
v1 client only as far as needed to keep it running; do not add features here.
"""
from __future__ import annotations

import os

import openai
import requests

from analysis.prompts import SYSTEM_SUMMARY

openai.api_key = os.environ.get("OPENAI_API_KEY")

DIGEST_MODEL = "gpt-4o-mini"


def weekly_digest(text_table: str) -> str:
    # module-level client (openai>=1 keeps the old convenience surface)
    resp = openai.chat.completions.create(
        model=DIGEST_MODEL,
        messages=[
            {"role": "system", "content": SYSTEM_SUMMARY},
            {"role": "user", "content": text_table},
        ],
    )
    return resp.choices[0].message.content


def moderate_annotation(note: str) -> bool:
    """User annotations are shown to everyone, so run them through moderation."""
    result = openai.moderations.create(model="omni-moderation-latest", input=note)
    return not result.results[0].flagged


def digest_via_http(text_table: str, api_key: str | None = None) -> str:
    """Fallback used from the cron box where the SDK isn't installed."""
    r = requests.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {api_key or os.environ['OPENAI_API_KEY']}"},
        json={
            "model": DIGEST_MODEL,
            "messages": [{"role": "user", "content": text_table}],
        },
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def post_digest_to_slack(webhook: str, digest: str) -> None:
    requests.post(webhook, json={"text": digest}, timeout=10)
