"""Offline eval of the sales-email prompt across models, judged by GPT-4o.

    OPENROUTER_API_KEY=... python scripts/eval_email_prompts.py cases.jsonl
"""
import json
import os
import statistics
import sys
from functools import partial

from openai import OpenAI

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common.prompts import SALES_EMAIL_SYSTEM, SALES_EMAIL_USER  # noqa: E402

CANDIDATES = [
    "anthropic/claude-3.7-sonnet",
    "openai/gpt-4o-mini",
    "google/gemini-2.5-flash",
    "mistralai/mistral-medium-3",
]

JUDGE_PROMPT = """Score this sales email 1-10 on: specificity, brevity, clear CTA, tone match
("{tone}"). Return JSON {{"score": int, "why": str}}.

Email:
{email}"""

client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ["OPENROUTER_API_KEY"])
judge = partial(client.chat.completions.create, model="openai/gpt-4o", temperature=0,
                response_format={"type": "json_object"})


def generate(model, case):
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": SALES_EMAIL_SYSTEM.format(sender_name="Sam")},
            {"role": "user", "content": SALES_EMAIL_USER.format(**case)},
        ],
        temperature=0.7,
        max_tokens=400,
    )
    return resp.choices[0].message.content


def score(email, tone):
    resp = judge(messages=[{"role": "user",
                            "content": JUDGE_PROMPT.format(email=email, tone=tone)}])
    return json.loads(resp.choices[0].message.content)["score"]


def main(path):
    with open(path, encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    results = {}
    for model in CANDIDATES:
        scores = []
        for case in cases:
            email = generate(model, case)
            scores.append(score(email, case["tone"]))
        results[model] = statistics.mean(scores)
        print(f"{model:40s} {results[model]:.2f}")
    best = max(results, key=results.get)
    print(f"\nbest: {best}")


if __name__ == "__main__":
    main(sys.argv[1])
