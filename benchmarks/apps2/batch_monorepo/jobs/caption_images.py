"""Caption product images and generate placeholder imagery for image-less products.

Usage: python jobs/caption_images.py --tenant acme-uk --bucket catalog-media-prod
"""

from __future__ import annotations

import argparse
import base64
import json
import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from itertools import repeat
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
for _lib in ("libs/llmkit", "libs/catalog"):
    _path = str(REPO_ROOT / _lib)
    if _path not in sys.path:
        sys.path.insert(0, _path)

from llmkit.clients import get_groq, get_together, replicate_client, s3_client  # noqa: E402

from catalog.captions import ALT_TEXT_PROMPT, BLIP_REF  # noqa: E402
from catalog.models import Product, load_products, make_session_factory  # noqa: E402

logger = logging.getLogger("jobs.caption_images")

GROQ_VISION_MODEL = "meta-llama/llama-4-scout-17b-16e-instruct"
FLUX_MODEL = "black-forest-labs/FLUX.1-schnell"


def _alt_text_messages(image_url: str) -> list[dict]:
    return [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": ALT_TEXT_PROMPT},
                {"type": "image_url", "image_url": {"url": image_url}},
            ],
        }
    ]


def alt_texts(products: list[Product], workers: int = 6) -> dict[str, str]:
    groq = get_groq()
    results: dict[str, str] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            p.sku: pool.submit(
                groq.chat.completions.create,
                model=GROQ_VISION_MODEL,
                messages=_alt_text_messages(p.image_urls[0]),
                max_completion_tokens=80,
                temperature=0.2,
            )
            for p in products
            if p.image_urls
        }
        for sku, future in futures.items():
            try:
                results[sku] = future.result().choices[0].message.content.strip()
            except Exception:
                logger.exception("alt text failed for %s", sku)
    return results


def blip_captions(products: list[Product], workers: int = 4) -> dict[str, str]:
    with_images = [p for p in products if p.image_urls]
    inputs = [{"image": p.image_urls[0], "task": "image_captioning"} for p in with_images]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        outputs = list(pool.map(replicate_client().run, repeat(BLIP_REF), inputs))
    return {p.sku: str(out).removeprefix("Caption:").strip() for p, out in zip(with_images, outputs)}


def placeholder_images(products: list[Product], bucket: str) -> list[str]:
    """Render a neutral packshot for products with no photo and upload it to S3."""
    together = get_together()
    s3 = s3_client()
    keys: list[str] = []
    for product in products:
        if product.image_urls:
            continue
        result = together.images.generate(
            model=FLUX_MODEL,
            prompt=f"studio packshot of {product.title}, white background, soft light",
            width=1024,
            height=1024,
            steps=4,
            n=1,
            response_format="base64",
        )
        key = f"placeholders/{product.tenant_id}/{product.sku}.png"
        s3.put_object(
            Bucket=bucket,
            Key=key,
            Body=base64.b64decode(result.data[0].b64_json),
            ContentType="image/png",
        )
        keys.append(key)
    return keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--bucket", required=True)
    parser.add_argument("--out", type=Path, default=Path("captions.json"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    sessions = make_session_factory(os.environ["CATALOG_DB_DSN"])
    with sessions() as session:
        products = load_products(session, args.tenant)

    report = {
        "alt_text": alt_texts(products),
        "blip": blip_captions(products),
        "placeholders": placeholder_images(products, args.bucket),
    }
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    logger.info("captioned %d products", len(report["alt_text"]))


if __name__ == "__main__":
    main()
