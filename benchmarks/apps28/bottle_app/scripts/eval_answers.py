#!/usr/bin/env python
"""Offline answer-quality eval.

Runs the golden question set through PolicyQA and asks Claude to grade each
answer against the reference.  Results go to a CSV for the monthly review.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import sys
from pathlib import Path

import anthropic

from hrassist.clients import ClientFactory
from hrassist.config import load_settings
from hrassist.registry import call_provider
from hrassist.services.embeddings import make_embedder
from hrassist.services.policy_qa import PolicyQA
from hrassist.services.retrieval import Retriever
from hrassist.store import Store

log = logging.getLogger("eval")

GRADER_PROMPT = """You grade answers from an HR policy assistant.
Reference answer:
{reference}

Candidate answer:
{candidate}

Score 1-5 for factual agreement with the reference. Reply as JSON: {{"score": n, "why": "..."}}"""

_JSON = re.compile(r"\{.*\}", re.S)


def grade(judge: anthropic.Anthropic, reference: str, candidate: str) -> dict:
    msg = judge.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=300,
        messages=[{"role": "user", "content": GRADER_PROMPT.format(reference=reference, candidate=candidate)}],
    )
    text = msg.content[0].text
    match = _JSON.search(text)
    return json.loads(match.group(0)) if match else {"score": 0, "why": text[:200]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("golden", type=Path)
    ap.add_argument("--out", type=Path, default=Path("eval_results.csv"))
    ap.add_argument("--also", nargs="*", default=[], help="extra registry providers to compare")
    args = ap.parse_args(argv)

    settings = load_settings()
    factory = ClientFactory(settings)
    store = Store(settings.database_path)
    qa = PolicyQA(factory.openai(), Retriever(store, make_embedder(factory)), model=settings.openai_model)
    judge = anthropic.Anthropic()

    cases = [json.loads(line) for line in args.golden.read_text().splitlines() if line.strip()]
    with args.out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "provider", "score", "why"])
        for case in cases:
            result = qa.answer(case["question"])
            verdict = grade(judge, case["reference"], result.text)
            writer.writerow([case["id"], "policy_qa", verdict.get("score"), verdict.get("why")])
            for name in args.also:
                text, _ = call_provider(name, factory, [{"role": "user", "content": case["question"]}])
                v2 = grade(judge, case["reference"], text)
                writer.writerow([case["id"], name, v2.get("score"), v2.get("why")])
    log.info("wrote %s", args.out)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
