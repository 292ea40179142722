#!/usr/bin/env python
"""Re-run thumbnail generation for assets whose Modal job failed, from a laptop.

Uses the replicate module-level client (REPLICATE_API_TOKEN from your env) and
uploads the results to the media volume with `modal volume put` afterwards.
"""
from __future__ import annotations

import argparse
import pathlib
import sys

import replicate

from common.config import MODELS
from lib.prompts import THUMBNAIL_PROMPT


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("scenes", help="tsv: asset_id<TAB>scene")
    ap.add_argument("--out", default="replay_out")
    args = ap.parse_args()

    out = pathlib.Path(args.out)
    out.mkdir(exist_ok=True)
    for line in pathlib.Path(args.scenes).read_text().splitlines():
        asset_id, scene = line.split("\t", 1)
        try:
            images = replicate.run(
                MODELS.flux,
                input={"prompt": THUMBNAIL_PROMPT.format(scene=scene), "num_outputs": 1, "aspect_ratio": "16:9"},
            )
        except replicate.exceptions.ReplicateError as exc:
            print(asset_id, "failed:", exc, file=sys.stderr)
            continue
        (out / f"{asset_id}.jpg").write_bytes(images[0].read())
        print(asset_id, "ok")
    print(f"now run: modal volume put media-cache {out} /thumbnails/replay")


if __name__ == "__main__":
    main()
