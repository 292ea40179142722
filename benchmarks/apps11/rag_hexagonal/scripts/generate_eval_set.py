#!/usr/bin/env python
"""Generate synthetic eval cases (question + reference answer) from sample documents.

Questions come from GPT-4.1 in JSON mode; reference answers are written by Claude from
the same passage so that the judge is not grading its own family's phrasing.

    python scripts/generate_eval_set.py samples/*.txt --out eval/cases.jsonl
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Dict, Iterator, List

from anthropic import Anthropic
from openai import OpenAI

QUESTION_MODEL = "gpt-4.1"
ANSWER_MODEL = "claude-sonnet-4-20250514"

QUESTION_INSTRUCTIONS = (
    "You write evaluation questions for a document QA system. Given a passage, return JSON "
    '{"questions": [...]} with 3 factual questions answerable from the passage alone.'
)


def passages(path: Path, size: int = 3000) -> Iterator[str]:
    text = path.read_text(errors="ignore")
    for start in range(0, len(text), size):
        chunk = text[start : start + size].strip()
        if len(chunk) > 400:
            yield chunk


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--tenant", default="eval")
    args = parser.parse_args()

    oai = OpenAI()
    claude = Anthropic()
    cases: List[Dict] = []
    for path in args.files:
        for passage in passages(path):
            completion = oai.chat.completions.create(
                model=QUESTION_MODEL,
                response_format={"type": "json_object"},
                temperature=0.7,
                messages=[
                    {"role": "system", "content": QUESTION_INSTRUCTIONS},
                    {"role": "user", "content": passage},
                ],
            )
            questions = json.loads(completion.choices[0].message.content or "{}").get("questions", [])
            for q in questions:
                ref = claude.messages.create(
                    model=ANSWER_MODEL,
                    max_tokens=400,
                    system="Answer strictly from the passage, in 1-3 sentences.",
                    messages=[{"role": "user", "content": f"Passage:\n{passage}\n\nQuestion: {q}"}],
                )
                cases.append(
                    {
                        "id": hashlib.sha1(f"{path.name}:{q}".encode()).hexdigest()[:12],
                        "tenant_id": args.tenant,
                        "question": q,
                        "reference": ref.content[0].text.strip(),
                    }
                )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(json.dumps(c) for c in cases) + "\n")
    print(f"wrote {len(cases)} cases to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
