"""Prepare and upload an OpenAI Batch input file for the nightly fleet audit.

Only uploads the JSONL and prints the file id; the batch itself is created
from the ops runbook after someone has checked the estimate.
"""

import json
import pathlib
import sys

from nautobot_ai.llm import get_openai_client
from nautobot_ai.llm.prompts import AUDIT_SYSTEM
from nautobot_ai.llm.tokens import count_openai_tokens, estimate_cost


def build_jsonl(configs, model, out_path):
    tokens = 0
    with open(out_path, "w", encoding="utf-8") as fh:
        for hostname, text in configs.items():
            tokens += count_openai_tokens(text, model)
            fh.write(json.dumps({
                "custom_id": hostname,
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {"model": model, "messages": [
                    {"role": "system", "content": AUDIT_SYSTEM},
                    {"role": "user", "content": text},
                ]},
            }) + "\n")
    return tokens


def main(folder, model="gpt-4o-mini"):
    configs = {p.stem: p.read_text() for p in pathlib.Path(folder).glob("*.cfg")}
    out = pathlib.Path(folder) / "batch_input.jsonl"
    tokens = build_jsonl(configs, model, out)
    print(f"{len(configs)} requests, {tokens} tokens, ~${estimate_cost(model, tokens, tokens // 4) / 2:.2f} at batch pricing")
    client = get_openai_client()
    with open(out, "rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    print(uploaded.id)


if __name__ == "__main__":
    main(*sys.argv[1:])
