#!/usr/bin/env python3
"""Score proofreading quality on tests/data/proofread.jsonl using Claude as a judge."""

import asyncio
import functools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from quill.ai import get_anthropic_client  # noqa: E402
from quill.features.proofread import proofread_tracked  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "proofread.jsonl"
JUDGE_PROMPT = """Reference corrections:
{expected}

Model corrections:
{actual}

Score 0-10 how well the model corrections match the reference. Reply with only the number."""


def main():
    client = get_anthropic_client()
    judge = functools.partial(client.messages.create, model="claude-3-5-sonnet-latest", max_tokens=5)
    scores = []
    for line in DATA.read_text().splitlines():
        case = json.loads(line)
        suggestions = asyncio.run(proofread_tracked(case["text"], thorough=True))
        actual = "\n".join(f"{s.original} -> {s.replacement}" for s in suggestions)
        verdict = judge(messages=[{"role": "user", "content": JUDGE_PROMPT.format(
            expected="\n".join(case["expected"]), actual=actual)}])
        try:
            scores.append(float(verdict.content[0].text.strip()))
        except ValueError:
            scores.append(0.0)
    print(f"mean score: {sum(scores) / max(len(scores), 1):.2f} over {len(scores)} cases")


if __name__ == "__main__":
    main()
