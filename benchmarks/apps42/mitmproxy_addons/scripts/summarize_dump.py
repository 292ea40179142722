#!/usr/bin/env python3
"""Summarise a saved mitmproxy capture offline.

    python scripts/summarize_dump.py capture.mitm --host api.example.com [--provider gemini]
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from mitmproxy import http, io

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared import build_summary_prompt, get_anthropic, make_genai_client  # noqa: E402
from shared.flowtext import one_line  # noqa: E402
from shared.prompts import SUMMARY_SYSTEM  # noqa: E402


def read_flows(path: Path) -> list[http.HTTPFlow]:
    with path.open("rb") as fh:
        return [f for f in io.FlowReader(fh).stream() if isinstance(f, http.HTTPFlow)]


def summarise_claude(prompt: str, model: str) -> str:
    client = get_anthropic()
    msg = client.messages.create(
        model=model,
        max_tokens=1500,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


def summarise_gemini(prompt: str, model: str) -> str:
    resp = make_genai_client().models.generate_content(
        model=model,
        contents=prompt,
        config={"system_instruction": SUMMARY_SYSTEM},
    )
    return resp.text


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("capture", type=Path)
    ap.add_argument("--host")
    ap.add_argument("--provider", choices=["claude", "gemini"], default="claude")
    ap.add_argument("--model")
    args = ap.parse_args()

    by_host = collections.defaultdict(list)
    for f in read_flows(args.capture):
        by_host[f.request.pretty_host].append(f)
    hosts = [args.host] if args.host else sorted(by_host, key=lambda h: -len(by_host[h]))[:3]
    for host in hosts:
        prompt = build_summary_prompt([one_line(f) for f in by_host[host]], host)
        if args.provider == "gemini":
            text = summarise_gemini(prompt, args.model or "gemini-1.5-pro")
        else:
            text = summarise_claude(prompt, args.model or "claude-3-5-sonnet-latest")
        print(f"## {host}\n\n{text}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
