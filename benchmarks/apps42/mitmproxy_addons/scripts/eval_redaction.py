#!/usr/bin/env python3
"""Compare regex redaction against Groq-hosted classifiers on a labelled set.

    python scripts/eval_redaction.py tests/data/redaction_cases.jsonl
"""
import asyncio
import json
import sys
from pathlib import Path

from groq import AsyncGroq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared.llm_helpers import chat_json  # noqa: E402
from shared.clients import make_openai_client  # noqa: E402
from shared.prompts import build_classification_prompt  # noqa: E402
from shared.redaction import Redactor  # noqa: E402

MODELS = ["llama-3.1-8b-instant", "llama-3.3-70b-versatile"]


async def groq_verdicts(client: AsyncGroq, model: str, cases: list[dict]) -> list[str]:
    async def one(case):
        resp = await client.chat.completions.create(
            model=model,
            messages=build_classification_prompt(case["text"]),
            temperature=0,
        )
        return resp.choices[0].message.content or ""
    return await asyncio.gather(*(one(c) for c in cases))


def main(path: str) -> None:
    cases = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    redactor = Redactor.create()
    regex_hits = sum(1 for c in cases if redactor.redact(c["text"]).changed == c["sensitive"])
    print(f"regex: {regex_hits}/{len(cases)}")

    client = AsyncGroq()
    for model in MODELS:
        answers = asyncio.run(groq_verdicts(client, model, cases))
        ok = sum(1 for a, c in zip(answers, cases) if ("[]" not in a) == c["sensitive"])
        print(f"{model}: {ok}/{len(cases)}")

    baseline = make_openai_client()
    ok = 0
    for c in cases:
        verdict = chat_json(baseline, "gpt-4o-mini", build_classification_prompt(c["text"]))
        ok += bool(verdict.get("sensitive")) == c["sensitive"]
    print(f"gpt-4o-mini: {ok}/{len(cases)}")


if __name__ == "__main__":
    main(sys.argv[1])
