"""Offline eval: draft replies with a few models, score them with Gemini as judge.

    python scripts/eval_drafts.py data/eval_tickets.jsonl --models gpt-4o-mini claude-3-5-haiku-latest
"""
import argparse
import json
import os
import statistics

import litellm
from google import genai
from google.genai import types

JUDGE_PROMPT = """Rate this support reply from 1-10 for accuracy, empathy and brevity.
Ticket:
{ticket}

Reply:
{reply}

Answer with JSON: {{"score": <int>, "why": "<short>"}}"""


def draft(model, ticket):
    resp = litellm.completion(
        model=model,
        messages=[
            {"role": "system", "content": "Draft a reply to this support ticket."},
            {"role": "user", "content": ticket},
        ],
        max_tokens=400,
    )
    return resp.choices[0].message.content


def judge(client, ticket, reply):
    resp = client.models.generate_content(
        model="gemini-2.0-flash",
        contents=JUDGE_PROMPT.format(ticket=ticket, reply=reply),
        config=types.GenerateContentConfig(response_mime_type="application/json", temperature=0),
    )
    return json.loads(resp.text)["score"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--models", nargs="+", default=["gpt-4o-mini"])
    ap.add_argument("--limit", type=int, default=50)
    args = ap.parse_args()

    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    with open(args.path) as f:
        tickets = [json.loads(line)["text"] for line in f][: args.limit]

    for model in args.models:
        scores = []
        for t in tickets:
            try:
                scores.append(judge(client, t, draft(model, t)))
            except Exception as e:  # keep going, evals are noisy anyway
                print(f"  skip: {e}")
        if scores:
            print(f"{model}: mean={statistics.mean(scores):.2f} n={len(scores)}")


if __name__ == "__main__":
    main()
