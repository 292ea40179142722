#!/usr/bin/env python
"""Fill in missing alt text for generated images (runs nightly).

Uses the sync client and a thread pool; the async path in the app is
per-image and too slow for a backlog of a few thousand.
"""
import argparse
import concurrent.futures as cf
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import reflex as rx  # noqa: E402
import sqlmodel  # noqa: E402

from studio.backend import get_openai_sync  # noqa: E402
from studio.backend.models import GeneratedImage  # noqa: E402
from studio.backend.services.alt_text import ALT_TEXT_INSTRUCTIONS  # noqa: E402

log = logging.getLogger("bulk_alt_text")


def build_request(image: GeneratedImage) -> dict:
    return dict(
        model="gpt-4o-mini",
        max_tokens=80,
        messages=[
            {"role": "system", "content": ALT_TEXT_INSTRUCTIONS},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": f"Prompt used: {image.prompt}"},
                    {"type": "image_url", "image_url": {"url": image.url}},
                ],
            },
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    client = get_openai_sync()
    with rx.session() as session:
        images = session.exec(
            sqlmodel.select(GeneratedImage)
            .where(GeneratedImage.alt_text == "", GeneratedImage.url != "")
            .limit(args.limit)
        ).all()
        log.info("%d images without alt text", len(images))

        with cf.ThreadPoolExecutor(max_workers=args.workers) as pool:
            futures = {
                pool.submit(client.chat.completions.create, **build_request(img)): img for img in images
            }
            for fut in cf.as_completed(futures):
                img = futures[fut]
                try:
                    img.alt_text = (fut.result().choices[0].message.content or "").strip()[:250]
                    session.add(img)
                except Exception as exc:  # noqa: BLE001
                    log.warning("image %s failed: %s", img.id, exc)
        session.commit()


if __name__ == "__main__":
    main()
