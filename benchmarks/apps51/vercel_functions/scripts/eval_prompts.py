#!/usr/bin/env python
"""Quick-and-dirty prompt eval across providers. Writes a CSV for the prompt review.

    python scripts/eval_prompts.py prompts/eval_set.jsonl out.csv
"""
import csv
import json
import os
import sys
import time

from anthropic import Anthropic
from mistralai import Mistral
from openai import OpenAI

SYSTEM = "You are Scribe, a helpful writing assistant."


def load(path: str) -> list[dict]:
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_openai(client: OpenAI, prompt: str) -> tuple[str, dict]:
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}],
    )
    completion = raw.parse()
    return completion.choices[0].message.content, {"request_id": raw.headers.get("x-request-id")}


JUDGE_MODEL = "anthropic/claude-3.5-sonnet"
JUDGE_PROMPT = """Rate each answer to the prompt from 1-10 for helpfulness and style.
Return JSON: {{"scores": {{"<name>": <int>, ...}}}}

Prompt: {prompt}

{answers}"""


def judge(client: OpenAI, prompt: str, answers: dict[str, str]) -> dict[str, int]:
    block = "\n\n".join(f"[{name}]\n{text}" for name, text in answers.items())
    resp = client.chat.completions.create(
        model=JUDGE_MODEL,
        response_format={"type": "json_object"},
        messages=[{"role": "user", "content": JUDGE_PROMPT.format(prompt=prompt, answers=block)}],
    )
    try:
        return json.loads(resp.choices[0].message.content)["scores"]
    except (KeyError, ValueError):
        return {}


def main(src: str, dst: str) -> None:
    openai_client = OpenAI()
    claude = Anthropic()
    together = OpenAI(api_key=os.environ["TOGETHER_API_KEY"], base_url="https://api.together.xyz/v1")
    mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    openrouter = OpenAI(api_key=os.environ["OPENROUTER_API_KEY"], base_url="https://openrouter.ai/api/v1")

    rows = []
    for case in load(src):
        prompt = case["prompt"]
        t0 = time.time()
        gpt, meta = run_openai(openai_client, prompt)
        t1 = time.time()
        sonnet = claude.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=1024,
            system=SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        ).content[0].text
        t2 = time.time()
        llama = together.chat.completions.create(
            model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
            messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}],
        ).choices[0].message.content
        t3 = time.time()
        large = mistral.chat.complete(
            model="mistral-large-latest",
            messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}],
        ).choices[0].message.content
        t4 = time.time()
        scores = judge(openrouter, prompt, {"gpt": gpt, "sonnet": sonnet, "llama": llama, "mistral": large})
        rows.append(
            {
                "id": case.get("id"),
                "prompt": prompt,
                "gpt-4o-mini": gpt,
                "claude-sonnet": sonnet,
                "llama-70b": llama,
                "mistral-large": large,
                "latency": json.dumps([t1 - t0, t2 - t1, t3 - t2, t4 - t3]),
                "request_id": meta["request_id"],
                "scores": json.dumps(scores),
            }
        )

    with open(dst, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0].keys()) if rows else ["id"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {dst}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
