"""Re-triage a backlog of claims (run by ops after a rules change).

    python scripts/retriage_backlog.py claims.jsonl > decisions.jsonl
"""
import json
import os
import sys

from cerebras.cloud.sdk import Cerebras

from common.prompts import TRIAGE_SYSTEM
from services.triage import parse_triage

MODEL = os.environ.get("TRIAGE_BATCH_MODEL", "llama-3.3-70b")


def stream_decision(client: Cerebras, claim: dict) -> dict:
    parts = []
    stream = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": TRIAGE_SYSTEM},
            {"role": "user", "content": json.dumps(claim)[:4000]},
        ],
        stream=True,
        max_completion_tokens=200,
    )
    for chunk in stream:
        delta = chunk.choices[0].delta.content
        if delta:
            parts.append(delta)
    return parse_triage("".join(parts))


def main(path: str) -> int:
    client = Cerebras()
    with open(path) as fh:
        for line in fh:
            claim = json.loads(line)
            decision = stream_decision(client, claim)
            sys.stdout.write(json.dumps({"claim_number": claim.get("claim_number"), **decision}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
