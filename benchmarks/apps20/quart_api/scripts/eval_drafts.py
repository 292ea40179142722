#!/usr/bin/env python
"""Compare reply drafts from Azure gpt-4o vs Together Llama on a sample set.

Writes a CSV for the support-ops team to grade by hand.
"""
from __future__ import annotations

import asyncio
import csv
import functools
import json
import os
import sys

from openai import AsyncAzureOpenAI
from together import AsyncTogether

SYSTEM = "Draft a concise, polite reply for the support agent to edit."


async def main(path: str, out: str) -> None:
    azure = AsyncAzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2024-10-21",
    )
    together = AsyncTogether()
    azure_draft = functools.partial(
        azure.chat.completions.create, model=os.getenv("AZURE_CHAT_DEPLOYMENT", "gpt4o-prod"), temperature=0.3
    )

    with open(path) as fh:
        samples = [json.loads(l) for l in fh]

    rows = []
    for s in samples:
        msgs = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": s["body"]}]
        a = await azure_draft(messages=msgs)
        b = await together.chat.completions.create(
            model="meta-llama/Llama-3.3-70B-Instruct-Turbo", messages=msgs, max_tokens=600
        )
        rows.append({
            "ticket": s["id"],
            "azure": a.choices[0].message.content,
            "llama": b.choices[0].message.content,
        })

    with open(out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["ticket", "azure", "llama"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "drafts.csv"))
