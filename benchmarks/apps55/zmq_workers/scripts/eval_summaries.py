#!/usr/bin/env python
"""Offline eval: score worker summaries with Gemini as judge.

    python scripts/eval_summaries.py results.jsonl
"""
import json
import os
import statistics
import sys

from google import genai
from google.genai import types

from zmq_workers.llm.costs import calculate_cost

JUDGE_MODEL = "gemini-1.5-pro"
RUBRIC = """Rate the SUMMARY against the DOCUMENT from 1 to 5 for faithfulness and coverage.
Reply as JSON: {"faithfulness": int, "coverage": int}"""


def main(path: str) -> None:
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    scores, tokens = [], 0
    for line in open(path):
        row = json.loads(line)
        contents = f"DOCUMENT:\n{row['text']}\n\nSUMMARY:\n{row['summary']}"
        tokens += client.models.count_tokens(model=JUDGE_MODEL, contents=contents).total_tokens
        resp = client.models.generate_content(
            model=JUDGE_MODEL,
            contents=contents,
            config=types.GenerateContentConfig(
                system_instruction=RUBRIC,
                response_mime_type="application/json",
            ),
        )
        scores.append(json.loads(resp.text))
    print("faithfulness", statistics.mean(s["faithfulness"] for s in scores))
    print("coverage    ", statistics.mean(s["coverage"] for s in scores))
    print("judge cost ~$", calculate_cost("gemini-2.0-flash", tokens))


if __name__ == "__main__":
    main(sys.argv[1])
