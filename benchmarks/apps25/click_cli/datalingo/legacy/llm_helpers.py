"""Original LLM helpers (2023): translation via the module-level openai client and
Claude on Bedrock via invoke_model (before the Converse API existed). No cache, no tracking."""
from __future__ import annotations

import json
import os
import time

import boto3
import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

API_BASE = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-3.5-turbo"

_runtime = boto3.client("bedrock-runtime", region_name="us-east-1")
CLAUDE_MODEL_ID = "anthropic.claude-v2:1"


def translate(text, target="en", model=DEFAULT_MODEL):
    resp = openai.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Translate to %s. Output only the translation." % target},
            {"role": "user", "content": text},
        ],
        temperature=0,
    )
    return resp.choices[0].message.content


def translate_http(text, target="en", model=DEFAULT_MODEL, retries=3):
    """Used by the Airflow worker that couldn't install openai>=1 (old pydantic)."""
    headers = {
        "Authorization": "Bearer %s" % os.environ["OPENAI_API_KEY"],
        "Content-Type": "application/json",
    }
    payload = {
        "model": model,
        "messages": [
            {"role": "system", "content": "Translate to %s. Output only the translation." % target},
            {"role": "user", "content": text},
        ],
        "temperature": 0,
    }
    for attempt in range(retries):
        r = requests.post(API_BASE + "/chat/completions", headers=headers, json=payload, timeout=60)
        if r.status_code == 429:
            time.sleep(2 ** attempt)
            continue
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]
    raise RuntimeError("rate limited %d times" % retries)


def translate_file(in_path, out_path, column, target="en"):
    import csv

    with open(in_path) as f_in, open(out_path, "w") as f_out:
        reader = csv.DictReader(f_in)
        writer = None
        for row in reader:
            row[column + "_" + target] = translate(row[column], target)
            if writer is None:
                writer = csv.DictWriter(f_out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)


# --- bedrock ----------------------------------------------------------------------


def ask_claude(prompt, max_tokens=500):
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
    }
    resp = _runtime.invoke_model(modelId=CLAUDE_MODEL_ID, body=json.dumps(body))
    payload = json.loads(resp["body"].read())
    return payload["content"][0]["text"]
