"""Weekly digest e-mail for support leads."""
from __future__ import annotations

import json
import sys
from collections import Counter

from xai_sdk.chat import user

from clients import get_client, make_hf_inference
from legacy.hf_tools import DigestTemplate, sentiment, summarize_thread


def build_digest(rows: list[dict]) -> str:
    hf = make_hf_inference()
    cats = Counter(r["category"] for r in rows)
    worst = sorted(rows, key=lambda r: sentiment(r["body"], hf))[:5]
    sections = {
        "Volume by category": "\n".join(f"- {k}: {v}" for k, v in cats.most_common()),
        "Most negative threads": "\n\n".join(summarize_thread(r["body"], hf) for r in worst),
    }
    xai = get_client("xai")
    chat = xai.chat.create(model="grok-3")
    chat.append(user("Write a three-bullet executive summary of this digest:\n" + json.dumps(sections)[:8000]))
    sections["TL;DR"] = chat.sample().content
    return DigestTemplate("Support weekly").generate(sections)


if __name__ == "__main__":
    print(build_digest([json.loads(line) for line in sys.stdin]))
