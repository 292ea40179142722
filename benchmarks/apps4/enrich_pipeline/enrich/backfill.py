"""One-off backfill of alt text for images uploaded before the media stage existed."""
from __future__ import annotations

import logging
import time
from typing import Iterable, Iterator, Tuple

import replicate
from replicate.exceptions import ReplicateError

log = logging.getLogger(__name__)

BLIP_MODEL = "salesforce/blip:2e1dddc8621f72155f24cf2e0adbde548458d3cab9f00c0139eea840d0ac4746"


def caption_images(rows: Iterable[Tuple[str, str]], pause: float = 0.2) -> Iterator[Tuple[str, str]]:
    """Yield (sku, caption) for (sku, image_url) pairs; failures are logged and skipped."""
    for sku, url in rows:
        try:
            caption = replicate.run(BLIP_MODEL, input={"image": url, "task": "image_captioning"})
        except ReplicateError as exc:
            log.warning("caption failed for %s: %s", sku, exc)
            continue
        text = str(caption).replace("Caption:", "").strip()
        if text:
            yield sku, text
        time.sleep(pause)
