#!/usr/bin/env python
"""Nightly export of briefs for all hubs (cron on the batch box).

Two modes:
  --mode live   : Mistral, concurrently, results written as markdown
  --mode batch  : Anthropic Message Batches (half price; results collected next morning)
  --mode classic: the legacy GPT brief, for the two traders who still want it
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import pathlib

from deskassist.clients import make_anthropic_client, make_mistral_client, make_openai_client
from deskassist.legacy.old_assistant import classic_brief
from deskassist.prompts import DESK_SYSTEM
from deskassist.services import market_data
from deskassist.services.summarizer import BriefSummarizer
from deskassist.settings import settings

OUT = pathlib.Path("/data/briefs")


async def live(hubs: list[str], tenor: str) -> dict[str, str]:
    client = make_mistral_client()
    summ = BriefSummarizer(client=None)  # only used for prompt building here

    async def one(hub: str) -> tuple[str, str]:
        prompt = summ.build_prompt(hub, tenor, market_data.fake_settlements(hub, tenor), "")
        res = await client.chat.complete_async(
            model=settings.mistral_model,
            messages=[{"role": "system", "content": DESK_SYSTEM}, {"role": "user", "content": prompt}],
        )
        return hub, res.choices[0].message.content

    return dict(await asyncio.gather(*(one(h) for h in hubs)))


def submit_batch(hubs: list[str], tenor: str) -> str:
    client = make_anthropic_client()
    summ = BriefSummarizer(client=None)
    requests = [
        {
            "custom_id": f"brief-{hub}-{tenor}",
            "params": {
                "model": settings.brief_model,
                "max_tokens": 800,
                "system": DESK_SYSTEM,
                "messages": [{
                    "role": "user",
                    "content": summ.build_prompt(hub, tenor, market_data.fake_settlements(hub, tenor), ""),
                }],
            },
        }
        for hub in hubs
    ]
    batch = client.messages.batches.create(requests=requests)
    return batch.id


def upload_for_openai_batch(hubs: list[str], tenor: str) -> str:
    """Uploads the JSONL only; batch creation is done by hand while we evaluate cost."""
    client = make_openai_client()
    path = OUT / f"openai-batch-{dt.date.today()}.jsonl"
    with path.open("w") as fh:
        for hub in hubs:
            fh.write(json.dumps({
                "custom_id": hub,
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": hub}]},
            }) + "\n")
    uploaded = client.files.create(file=path.open("rb"), purpose="batch")
    return uploaded.id


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["live", "batch", "classic", "upload"], default="live")
    ap.add_argument("--tenor", default="M+1")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    hubs = market_data.HUBS

    if args.mode == "live":
        briefs = asyncio.run(live(hubs, args.tenor))
        for hub, text in briefs.items():
            (OUT / f"{dt.date.today()}-{hub}.md").write_text(text)
    elif args.mode == "batch":
        print("submitted", submit_batch(hubs, args.tenor))
    elif args.mode == "upload":
        print("uploaded", upload_for_openai_batch(hubs, args.tenor))
    else:
        for hub in hubs:
            text = classic_brief(hub, market_data.fake_settlements(hub, args.tenor))
            (OUT / f"{dt.date.today()}-{hub}-classic.md").write_text(text)


if __name__ == "__main__":
    main()
