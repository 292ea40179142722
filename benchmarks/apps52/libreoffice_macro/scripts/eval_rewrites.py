#!/usr/bin/env python3
"""Compare rewrite quality across providers on samples/rewrite_cases.jsonl.

Uses raw clients on purpose so we can pin exact model versions per run.
"""
import argparse
import json
import os

import anthropic
import openai
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference

JUDGE_PROMPT = "Score the rewrite 1-5 for clarity and faithfulness. Reply with the number only."


def judge(client, original, rewrite):
    resp = client.responses.create(
        model="gpt-4o",
        instructions=JUDGE_PROMPT,
        input=f"Original:\n{original}\n\nRewrite:\n{rewrite}",
    )
    return int(resp.output_text.strip()[:1] or 0)


def run(cases, out_path):
    oai = openai.OpenAI()
    claude = anthropic.Anthropic()
    granite = ModelInference(
        model_id="ibm/granite-3-8b-instruct",
        credentials=Credentials(url=os.environ["WATSONX_URL"], api_key=os.environ["WATSONX_APIKEY"]),
        project_id=os.environ["WATSONX_PROJECT_ID"],
    )
    rows = []
    for case in cases:
        prompt = "Rewrite clearly:\n\n" + case["text"]
        outputs = {
            "claude": claude.messages.create(
                model="claude-3-5-haiku-20241022", max_tokens=800,
                messages=[{"role": "user", "content": prompt}],
            ).content[0].text,
            "granite": granite.chat(messages=[{"role": "user", "content": prompt}])["choices"][0]["message"]["content"],
        }
        rows.append({"id": case["id"], **{k: judge(oai, case["text"], v) for k, v in outputs.items()}})
    with open(out_path, "w") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("cases")
    ap.add_argument("--out", default="eval_results.jsonl")
    args = ap.parse_args()
    with open(args.cases) as fh:
        run([json.loads(line) for line in fh], args.out)
