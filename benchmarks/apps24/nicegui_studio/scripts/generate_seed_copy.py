#!/usr/bin/env python
"""Seed the demo instance with a few campaigns and drafts.

The first half uses the tracked service (so the demo dashboard has data); the
bulk drafts use the sync client directly because asyncio.run per item was slow.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
import uuid
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from studio.services import get_openai_sync, init_clients  # noqa: E402
from studio.services.multi_model_service import TaskComplexity, multi_model_service  # noqa: E402

SEEDS = [
    ("Spring Launch", "Acme Cloud", "confident, warm"),
    ("Partner Webinar", "Acme Cloud", "expert, concise"),
    ("Black Friday", "Acme Shop", "playful, urgent"),
]
CHANNELS = ["linkedin", "twitter", "email_subject"]


async def tracked_briefs() -> dict[str, str]:
    init_clients()
    out = {}
    for name, brand, voice in SEEDS:
        out[name] = await multi_model_service.generate_response(
            prompt=f"Write a one-paragraph creative brief for the campaign '{name}' by {brand} ({voice}).",
            task_type="chat",
            complexity=TaskComplexity.STANDARD,
        )
    return out


def bulk_drafts(brief: str) -> list[dict]:
    client = get_openai_sync()
    drafts = []
    for channel in CHANNELS:
        response = client.responses.create(
            model="gpt-4o-mini",
            input=f"Channel: {channel}\nBrief: {brief}\nWrite the copy.",
        )
        drafts.append({"id": uuid.uuid4().hex[:12], "channel": channel, "text": response.output_text,
                       "author": "seed", "provider": "openai", "created_at": 0})
    return drafts


def main() -> None:
    briefs = asyncio.run(tracked_briefs())
    campaigns = {}
    for name, brand, voice in SEEDS:
        cid = uuid.uuid4().hex[:10]
        campaigns[cid] = {"id": cid, "name": name, "brand": brand, "voice": voice,
                          "channels": CHANNELS, "owner": "seed", "drafts": bulk_drafts(briefs[name])}
    path = Path(".nicegui/storage-general.json")
    data = json.loads(path.read_text()) if path.exists() else {}
    data.setdefault("campaigns", {}).update(campaigns)
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(data, indent=2))
    print(f"seeded {len(campaigns)} campaigns")


if __name__ == "__main__":
    main()
