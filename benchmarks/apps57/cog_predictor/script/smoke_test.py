#!/usr/bin/env python
"""Post-push smoke test against the pushed model version on Replicate."""
import argparse
import sys

import replicate

SAMPLE_IMAGE = "https://replicate.delivery/pbxt/IJZOELWrncBcjdE1s5Ko8ou35ZOxjNxDqMf0BhoRUAtv76u4/room.jpg"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="acme/agentic-captioner")
    ap.add_argument("--style", default="literal")
    args = ap.parse_args()

    model = replicate.models.get(args.model)
    version = model.versions.list()[0]
    print(f"testing {args.model}:{version.id}")

    output = replicate.run(
        f"{args.model}:{version.id}",
        input={"image": SAMPLE_IMAGE, "style": args.style, "best_of": 1, "explain": False},
    )
    caption = "".join(output)
    print(caption)
    if len(caption.split()) < 4:
        print("caption suspiciously short", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
