#!/usr/bin/env python
"""Run component functions locally (outside KFP) against a small sample.

Uses ``component.python_func`` so we skip the container entirely; handy
when iterating on prompts.  Needs ADC and the API keys in env.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from types import SimpleNamespace

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

from components.lightweight import claude_summarise, gemini_classify, voyage_embed  # noqa: E402
from components.package_components import classify_tickets  # noqa: E402
from pipelines.batch_classify import DEFAULT_CATEGORIES  # noqa: E402


class LocalArtifact(SimpleNamespace):
    def __init__(self, path: str):
        super().__init__(path=path, uri=f"file://{path}", metadata={})


def _sample(path: str, n: int) -> str:
    out = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
    with open(path) as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            out.write(line)
    out.close()
    return out.name


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("which", choices=["classify", "classify-pkg", "summarise", "embed"])
    ap.add_argument("--input", required=True)
    ap.add_argument("-n", type=int, default=10)
    args = ap.parse_args()

    sample = LocalArtifact(_sample(args.input, args.n))
    out = LocalArtifact(tempfile.mktemp(suffix=".jsonl"))
    project = os.environ.get("GOOGLE_CLOUD_PROJECT", "acme-ml-dev")

    if args.which == "classify":
        gemini_classify.python_func(
            project=project, location="us-central1", tickets=sample, categories=DEFAULT_CATEGORIES, labelled=out
        )
    elif args.which == "classify-pkg":
        classify_tickets.python_func(tickets=sample, categories=DEFAULT_CATEGORIES, labelled=out, use_async=False)
    elif args.which == "summarise":
        claude_summarise.python_func(project=project, region="us-east5", conversations=sample, summaries=out)
    else:
        voyage_embed.python_func(chunks=sample, vectors=out, api_key=os.environ["VOYAGE_API_KEY"])
        print(json.dumps(out.metadata))
        return

    with open(out.path) as fh:
        for line in fh:
            print(line.rstrip())


if __name__ == "__main__":
    main()
