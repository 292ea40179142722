#!/usr/bin/env python3
"""Upload the screenshot eval set so it can be reused across runs."""
from __future__ import annotations

import sys
from pathlib import Path

from tray.llm import get_genai_client, make_openai_client


def main(folder: str) -> None:
    oai = make_openai_client()
    gclient = get_genai_client()
    for path in sorted(Path(folder).glob("*.png")):
        with path.open("rb") as fh:
            f = oai.files.create(file=fh, purpose="vision")
        g = gclient.files.upload(file=str(path))
        print(path.name, f.id, g.name)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "eval/screens")
