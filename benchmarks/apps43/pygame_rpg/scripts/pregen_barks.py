#!/usr/bin/env python3
"""Pre-generate ambient barks + voice lines for the release build.

Release builds ship with canned barks so players without API keys still get
chatter. Run from the repo root:  python scripts/pregen_barks.py --per-npc 6
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from openai import AsyncOpenAI, OpenAI

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rpg.ai.llm_usage_tracker import llm_tracker  # noqa: E402
from rpg.ai.tts import synthesize_bark_sync  # noqa: E402
from settings import AI_SETTINGS, ASSETS  # noqa: E402

ACTIVITIES = ["sweeping", "haggling", "resting", "worrying about the harvest", "gossiping"]


async def barks_for(client: AsyncOpenAI, npc: dict, n: int) -> list[str]:
    prompt = (
        f"Write {n} different one-line ambient barks for {npc['name']}, a {npc['role']} "
        f"({npc.get('personality', '')}). Activities: {', '.join(ACTIVITIES)}. One per line."
    )
    resp = await client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": prompt}],
        temperature=1.0,
    )
    return [ln.strip("-• ").strip() for ln in resp.choices[0].message.content.splitlines() if ln.strip()][:n]


async def tracked_barks_for(client: AsyncOpenAI, npc: dict, n: int) -> list[str]:
    async with llm_tracker.track_llm_call(provider="openai", model="gpt-4o", feature_context="pregen_barks") as usage_log:
        resp = await client.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": f"{n} short barks for {npc['name']} the {npc['role']}, one per line."}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content.splitlines()[:n]


async def run(npcs: list[dict], per_npc: int, tracked: bool) -> dict[str, list[str]]:
    client = AsyncOpenAI()
    fn = tracked_barks_for if tracked else barks_for
    results = await asyncio.gather(*(fn(client, npc, per_npc) for npc in npcs))
    return {npc["id"]: lines for npc, lines in zip(npcs, results)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-npc", type=int, default=5)
    ap.add_argument("--voices", action="store_true")
    ap.add_argument("--tracked", action="store_true", help="log usage to the playtest cost report")
    args = ap.parse_args()
    village = json.loads((ASSETS / "maps" / "village.json").read_text())
    barks = asyncio.run(run(village["npcs"], args.per_npc, args.tracked))
    out_dir = ASSETS / "barks"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "barks.json").write_text(json.dumps(barks, indent=2))
    if args.voices:
        sync_client = OpenAI()
        for npc in village["npcs"]:
            voice = AI_SETTINGS.voices.get(npc.get("voice", "default"), "alloy")
            for i, line in enumerate(barks[npc["id"]]):
                synthesize_bark_sync(sync_client, line, voice, out_dir / f"{npc['id']}_{i}.mp3")
    print(f"wrote {sum(map(len, barks.values()))} barks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
