"""Offline comparison of summary quality across providers.

    python -m scripts.eval_summaries data/eval/summaries.jsonl --out report.csv

Each line of the input is {"id": ..., "text": ..., "reference": ...}.
A gpt-4o judge scores every candidate against the reference (1-5).
Costs a few dollars per run; don't put it in CI.
"""
import argparse
import csv
import json
import sys
import time

from anthropic import AnthropicBedrock
from google import genai
from openai import AzureOpenAI

from app.core.config import settings

PROMPT = (
    "Summarise this business document in 3-6 bullet points. Keep numbers, "
    "dates and names exactly as written.\n\n{text}"
)

JUDGE_PROMPT = """Compare the candidate summary with the reference summary of the same document.
Score 1-5 for factual accuracy and 1-5 for coverage. Respond as JSON:
{{"accuracy": <int>, "coverage": <int>, "comment": "<short>"}}

Reference:
{reference}

Candidate:
{candidate}"""


def build_clients():
    azure = AzureOpenAI(
        azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
        api_key=settings.AZURE_OPENAI_API_KEY,
        api_version=settings.AZURE_OPENAI_API_VERSION,
    )
    claude = AnthropicBedrock(aws_region=settings.BEDROCK_REGION)
    gemini = genai.Client(api_key=settings.GEMINI_API_KEY)
    return azure, claude, gemini


def summarize_all(azure, claude, gemini, text):
    out = {}

    t0 = time.time()
    r = azure.chat.completions.create(
        model=settings.AZURE_OPENAI_MINI_DEPLOYMENT,
        messages=[{"role": "user", "content": PROMPT.format(text=text)}],
        temperature=0.1,
    )
    out["azure-mini"] = (r.choices[0].message.content, time.time() - t0)

    t0 = time.time()
    m = claude.messages.create(
        model=settings.BEDROCK_HAIKU_MODEL_ID,
        max_tokens=700,
        messages=[{"role": "user", "content": PROMPT.format(text=text)}],
    )
    out["claude-haiku"] = (m.content[0].text, time.time() - t0)

    t0 = time.time()
    g = gemini.models.generate_content(
        model=settings.GEMINI_FLASH_MODEL, contents=PROMPT.format(text=text)
    )
    out["gemini-flash"] = (g.text, time.time() - t0)
    return out


def judge(azure, reference, candidate):
    r = azure.chat.completions.create(
        model=settings.AZURE_OPENAI_CHAT_DEPLOYMENT,
        response_format={"type": "json_object"},
        temperature=0,
        messages=[
            {
                "role": "user",
                "content": JUDGE_PROMPT.format(reference=reference, candidate=candidate),
            }
        ],
    )
    return json.loads(r.choices[0].message.content)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("--out", default="summary_eval.csv")
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args(argv)

    azure, claude, gemini = build_clients()
    rows = []
    with open(args.input) as fh:
        samples = [json.loads(line) for line in fh][: args.limit]
    for i, sample in enumerate(samples, 1):
        print(f"[{i}/{len(samples)}] {sample['id']}", file=sys.stderr)
        for name, (summary, seconds) in summarize_all(azure, claude, gemini, sample["text"]).items():
            score = judge(azure, sample["reference"], summary)
            rows.append(
                {
                    "id": sample["id"],
                    "provider": name,
                    "seconds": round(seconds, 2),
                    "accuracy": score.get("accuracy"),
                    "coverage": score.get("coverage"),
                    "comment": score.get("comment", ""),
                }
            )
    with open(args.out, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
