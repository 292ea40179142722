"""Offline prompt eval: run the golden questions through each provider and dump answers for review.

Uses its own clients on purpose so it can point at the eval keys (EVAL_* env vars).
"""

import asyncio
import csv
import os
import sys

import anthropic
import cohere
from openai import AzureOpenAI

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from helpers.prompts import HELPDESK_SYSTEM  # noqa: E402
from services.provider_registry import get_provider  # noqa: E402

GOLDEN = os.environ.get("EVAL_GOLDEN", "tests/data/golden_questions.csv")

aoai = AzureOpenAI(
    azure_endpoint=os.environ["EVAL_AZURE_ENDPOINT"],
    api_key=os.environ["EVAL_AZURE_KEY"],
    api_version="2024-06-01",
)
claude = anthropic.Anthropic(api_key=os.environ.get("EVAL_ANTHROPIC_KEY"))
co = cohere.ClientV2(api_key=os.environ.get("EVAL_COHERE_KEY"))


def ask_azure(question: str) -> tuple:
    raw = aoai.chat.completions.with_raw_response.create(
        model="gpt-4o-helpdesk",
        messages=[{"role": "system", "content": HELPDESK_SYSTEM}, {"role": "user", "content": question}],
    )
    completion = raw.parse()
    return completion.choices[0].message.content, raw.headers.get("x-ms-region", "")


def ask_claude(question: str) -> str:
    msg = claude.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=700,
        system=HELPDESK_SYSTEM,
        messages=[{"role": "user", "content": question}],
    )
    return msg.content[0].text


def judge(question: str, answers: dict) -> str:
    docs = [f"{k}: {v}" for k, v in answers.items()]
    ranked = co.rerank(model="rerank-english-v3.0", query=question, documents=docs, top_n=1)
    return list(answers)[ranked.results[0].index]


async def ask_mistral(question: str) -> str:
    entry = get_provider("mistral")
    return await entry.complete(HELPDESK_SYSTEM, [{"role": "user", "content": question}])


def main() -> None:
    with open(GOLDEN, newline="", encoding="utf-8") as fh:
        questions = [row["question"] for row in csv.DictReader(fh)]
    writer = csv.writer(sys.stdout)
    writer.writerow(["question", "azure", "region", "claude", "mistral", "winner"])
    for q in questions:
        az, region = ask_azure(q)
        cl = ask_claude(q)
        mi = asyncio.run(ask_mistral(q))
        writer.writerow([q, az, region, cl, mi, judge(q, {"azure": az, "claude": cl, "mistral": mi})])


if __name__ == "__main__":
    main()
