"""Nightly campaign digest posted to Slack.

Usage: python scripts/nightly_digest.py --metrics exports/campaigns.csv
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import logging
import sys
from collections import defaultdict
from pathlib import Path

import litellm
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from toolkit.config import settings  # noqa: E402
from toolkit.integrations.notify import SlackNotifier  # noqa: E402
from toolkit.llm.llm_usage_tracker import llm_tracker  # noqa: E402
from toolkit.llm.providers import router  # noqa: E402
from toolkit.reporting import generate  # noqa: E402

logger = logging.getLogger("nightly_digest")


def load_metrics(path: Path) -> list[dict]:
    with path.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for key in ("spend", "clicks", "conversions"):
            row[key] = float(row.get(key) or 0)
    return rows


def dedupe_titles(titles: list[str], threshold: float = 0.92) -> list[str]:
    if len(titles) < 2:
        return titles
    response = litellm.embedding(model="text-embedding-3-small", input=titles)
    vecs = np.asarray([d["embedding"] for d in response.data], dtype=np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    kept: list[int] = []
    for i in range(len(titles)):
        if all(float(vecs[i] @ vecs[j]) < threshold for j in kept):
            kept.append(i)
    return [titles[i] for i in kept]


async def summarise_channel(channel: str, rows: list[dict]) -> str:
    table = "\n".join(f"{r['campaign']}: spend={r['spend']:.0f} conv={r['conversions']:.0f}" for r in rows)
    async with llm_tracker.track_llm_call(
        feature="nightly_digest.channel_summary",
        tenant_id=settings.default_tenant,
        model=settings.digest_model,
    ) as usage_log:
        response = await litellm.acompletion(
            model=settings.digest_model,
            messages=[
                {"role": "system", "content": "Summarise yesterday's campaign performance in 2 sentences."},
                {"role": "user", "content": f"Channel: {channel}\n{table}"},
            ],
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content or ""


async def headline(summaries: dict[str, str]) -> str:
    joined = "\n".join(f"{ch}: {text}" for ch, text in summaries.items())
    response = await router.acompletion(
        model="digest",
        messages=[{"role": "user", "content": f"Write a one-line Slack headline for this digest:\n{joined}"}],
        max_tokens=40,
    )
    return response.choices[0].message.content or "Campaign digest"


async def build_digest(rows: list[dict]) -> tuple[str, dict[str, str]]:
    by_channel: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_channel[row["channel"]].append(row)
    summaries = dict(zip(by_channel, await asyncio.gather(*(summarise_channel(c, r) for c, r in by_channel.items()))))
    return await headline(summaries), summaries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--metrics", type=Path, required=True)
    parser.add_argument("--channel", default="#marketing-analytics")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    rows = load_metrics(args.metrics)
    if not rows:
        logger.info("no rows, nothing to post")
        return 0
    title, summaries = asyncio.run(build_digest(rows))
    top = sorted(rows, key=lambda r: r["conversions"], reverse=True)[:10]
    top_titles = dedupe_titles([r["campaign"] for r in top])
    report_md = generate(
        [r for r in top if r["campaign"] in top_titles],
        title=title,
        summary="\n".join(f"*{ch}*: {s}" for ch, s in summaries.items()),
    )
    if args.dry_run:
        print(report_md)
        return 0
    SlackNotifier(settings.slack_bot_token, args.channel).post(report_md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
