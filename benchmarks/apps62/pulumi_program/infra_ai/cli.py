"""Developer CLI for poking at the AI features without running `pulumi up`.

    python -m infra_ai.cli ask "why would an ALB return 502?"
    python -m infra_ai.cli notes --service api --version 1.2.0 --commits commits.json
    python -m infra_ai.cli review preview.txt --provider gemini
    python -m infra_ai.cli tokens release-notes.md --model claude-3-5-sonnet-20241022
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from google import genai
from google.genai import types

from infra_ai.costs import estimate_prompt
from infra_ai.prompts import PLAN_REVIEW_SYSTEM, RELEASE_NOTES_SYSTEM, RELEASE_NOTES_USER, render_commits
from infra_ai.switch import ProviderSwitch, complete_text


def cmd_ask(ns: argparse.Namespace) -> int:
    print(complete_text(ns.question, provider=ns.provider))
    return 0


def cmd_notes(ns: argparse.Namespace) -> int:
    commits = json.loads(Path(ns.commits).read_text())
    prompt = RELEASE_NOTES_USER.format(service=ns.service, version=ns.version,
                                       previous=ns.previous or "n/a", commits=render_commits(commits))
    switch = ProviderSwitch(fallbacks=("groq", "bedrock"))
    print(switch.complete(prompt, system=RELEASE_NOTES_SYSTEM, provider=ns.provider))
    return 0


def cmd_review(ns: argparse.Namespace) -> int:
    diff = Path(ns.preview).read_text()
    if ns.provider != "gemini":
        print(complete_text(diff, system=PLAN_REVIEW_SYSTEM, provider=ns.provider))
        return 0
    # streaming is nicer for long previews; the switch doesn't support it yet
    client = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))
    for chunk in client.models.generate_content_stream(
        model=os.getenv("INFRA_AI_GEMINI_MODEL", "gemini-1.5-pro"),
        contents=diff,
        config=types.GenerateContentConfig(system_instruction=PLAN_REVIEW_SYSTEM,
                                           response_mime_type="application/json"),
    ):
        sys.stdout.write(chunk.text or "")
    sys.stdout.write("\n")
    return 0


def cmd_tokens(ns: argparse.Namespace) -> int:
    est = estimate_prompt(Path(ns.file).read_text(), ns.model)
    print(f"{est.model}: ~{est.input_tokens} in / {est.output_tokens} out = ${est.usd:.5f}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="infra-ai")
    sub = parser.add_subparsers(dest="cmd", required=True)

    ask = sub.add_parser("ask")
    ask.add_argument("question")
    ask.add_argument("--provider")
    ask.set_defaults(func=cmd_ask)

    notes = sub.add_parser("notes")
    notes.add_argument("--service", required=True)
    notes.add_argument("--version", required=True)
    notes.add_argument("--previous")
    notes.add_argument("--commits", required=True)
    notes.add_argument("--provider")
    notes.set_defaults(func=cmd_notes)

    review = sub.add_parser("review")
    review.add_argument("preview")
    review.add_argument("--provider", default="anthropic")
    review.set_defaults(func=cmd_review)

    tokens = sub.add_parser("tokens")
    tokens.add_argument("file")
    tokens.add_argument("--model", default="gpt-4o-mini")
    tokens.set_defaults(func=cmd_tokens)
    return parser


def main(argv: list[str] | None = None) -> int:
    ns = build_parser().parse_args(argv)
    return ns.func(ns)


if __name__ == "__main__":
    sys.exit(main())
