#!/usr/bin/env python
"""Generate cover images for articles that don't have one yet.

Uses the module-level replicate API (REPLICATE_API_TOKEN from env), falls back to HF
text-to-image for spaces on the free plan.
"""
from __future__ import annotations

import argparse
import asyncio
import io
import pathlib

import replicate
from huggingface_hub import InferenceClient
from sqlalchemy import select

from kb_api.db import ArticleRow, SessionLocal
from kb_api.services.covers import cover_prompt

OUT = pathlib.Path("var/covers")


def replicate_cover(title: str, tags: list[str]) -> str:
    output = replicate.run(
        "black-forest-labs/flux-schnell",
        input={"prompt": cover_prompt(title, tags), "aspect_ratio": "16:9", "num_outputs": 1},
    )
    return str(output[0])


def hf_cover(client: InferenceClient, article_id: str, title: str, tags: list[str]) -> str:
    image = client.text_to_image(cover_prompt(title, tags), model="stabilityai/stable-diffusion-xl-base-1.0")
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{article_id}.png"
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    path.write_bytes(buf.getvalue())
    return f"/static/covers/{path.name}"


async def main(limit: int, free_plan_spaces: set[str]) -> None:
    hf = InferenceClient()
    async with SessionLocal() as session:
        rows = (await session.execute(select(ArticleRow).where(ArticleRow.cover_url.is_(None)).limit(limit))).scalars()
        for row in rows:
            if row.space_id in free_plan_spaces:
                row.cover_url = hf_cover(hf, row.id, row.title, row.tags or [])
            else:
                row.cover_url = replicate_cover(row.title, row.tags or [])
            print(row.id, row.cover_url)
        await session.commit()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=50)
    ap.add_argument("--free-space", action="append", default=[])
    a = ap.parse_args()
    asyncio.run(main(a.limit, set(a.free_space)))
