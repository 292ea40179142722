#!/usr/bin/env python
"""Generate Open Graph card backgrounds for section index pages."""
from __future__ import annotations

import argparse
import base64
from pathlib import Path

from doctools import get_openai_client

STYLE = "flat abstract illustration, dark navy background, teal accents, no text, no logos"


def card_for(section: str, out_dir: Path, size: str = "1536x1024") -> Path:
    client = get_openai_client()
    result = client.images.generate(
        model="gpt-image-1",
        prompt=f"Background for a developer documentation section about {section}. {STYLE}",
        size=size,
        quality="medium",
    )
    out = out_dir / f"{section.lower().replace(' ', '-')}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(base64.b64decode(result.data[0].b64_json))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sections", nargs="+")
    parser.add_argument("--out", type=Path, default=Path("docs/assets/cards"))
    args = parser.parse_args()
    for section in args.sections:
        print(card_for(section, args.out))


if __name__ == "__main__":
    main()
