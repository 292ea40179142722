#!/usr/bin/env python3
"""Ask a free-form question about one flow of a capture, streaming the answer."""
import argparse
import sys
from pathlib import Path

from mitmproxy import http, io

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared.clients import make_openai_client  # noqa: E402
from shared.flowtext import flow_to_text  # noqa: E402
from shared.llm_helpers import stream_text  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("capture", type=Path)
    ap.add_argument("index", type=int)
    ap.add_argument("question")
    ap.add_argument("--model", default="gpt-4o")
    args = ap.parse_args()
    with args.capture.open("rb") as fh:
        flows = [f for f in io.FlowReader(fh).stream() if isinstance(f, http.HTTPFlow)]
    prompt = f"{args.question}\n\n{flow_to_text(flows[args.index])}"
    for piece in stream_text(make_openai_client(), args.model, prompt):
        sys.stdout.write(piece)
        sys.stdout.flush()
    print()


if __name__ == "__main__":
    main()
