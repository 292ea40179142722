#!/usr/bin/env python
"""Cron job (Mondays 06:00): build the weekly digest, a cover image, post to Slack.

    python scripts/weekly_digest.py [--dry-run] [--legacy]
"""
from __future__ import annotations

import argparse
import asyncio
import base64
import datetime as dt
import logging
import sys
from pathlib import Path

import openai
from google import genai

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ai import get_openai_client  # noqa: E402
from ai.prompts import INSIGHT_SYSTEM, insight_prompt  # noqa: E402
from config import get_settings  # noqa: E402
from data import get_warehouse  # noqa: E402
from services.notify import SlackNotifier  # noqa: E402

log = logging.getLogger("weekly_digest")
MODELS = get_settings().models
OUT = Path(__file__).resolve().parents[1] / ".cache" / "digests"


def last_week() -> tuple[dt.date, dt.date]:
    end = dt.date.today() - dt.timedelta(days=dt.date.today().weekday() + 1)
    return end - dt.timedelta(days=6), end


def write_digest(records: list[dict]) -> str:
    # module-level client: picks up OPENAI_API_KEY from the cron environment
    resp = openai.chat.completions.create(
        model=MODELS.openai_reasoning,
        messages=[
            {"role": "system", "content": INSIGHT_SYSTEM},
            {"role": "user", "content": insight_prompt("Write the weekly digest for leadership.", records)},
        ],
        max_tokens=900,
    )
    return resp.choices[0].message.content


async def regional_blurbs(records_by_region: dict[str, list[dict]]) -> dict[str, str]:
    client = genai.Client()

    async def one(region: str, records: list[dict]) -> tuple[str, str]:
        resp = await client.aio.models.generate_content(
            model=MODELS.gemini,
            contents=insight_prompt(f"One paragraph on {region} for the regional director.", records),
        )
        return region, resp.text

    pairs = await asyncio.gather(*(one(r, recs) for r, recs in records_by_region.items()))
    return dict(pairs)


def cover_image(headline: str) -> Path:
    img = get_openai_client().images.generate(
        model="gpt-image-1",
        prompt=f"Flat illustration for a retail newsletter header, theme: {headline[:200]}. No text.",
        size="1536x1024",
        n=1,
    )
    path = OUT / f"cover_{dt.date.today():%Y%m%d}.png"
    path.write_bytes(base64.b64decode(img.data[0].b64_json))
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--legacy", action="store_true", help="use the 0.28-era commentary (legacy venv only)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    OUT.mkdir(parents=True, exist_ok=True)

    start, end = last_week()
    df = get_warehouse().daily_sales(start, end)
    records = df.to_dict("records")

    if args.legacy:
        from legacy.gpt_insights import monthly_commentary

        digest = monthly_commentary(df.to_string(index=False), f"week ending {end}")
    else:
        digest = write_digest(records)

    by_region = {r: df[df["region"] == r].to_dict("records") for r in sorted(df["region"].unique())}
    blurbs = asyncio.run(regional_blurbs(by_region))
    image_path = cover_image(digest.splitlines()[0] if digest else "weekly sales")

    text = digest + "\n\n" + "\n\n".join(f"*{r}*: {b}" for r, b in blurbs.items())
    (OUT / f"digest_{end:%Y%m%d}.md").write_text(text)
    if args.dry_run:
        print(text)
        print("cover:", image_path)
        return 0
    SlackNotifier().send_message(text[:3500])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
