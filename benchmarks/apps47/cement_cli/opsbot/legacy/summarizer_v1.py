# Original log summariser from the 2023 hackathon. Still imported by the
# nightly cron on ops-util-01 which pins openai==0.28.1. DO NOT UPGRADE.
import os
import sys

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

PROMPT = """Summarise these logs. Focus on errors:

{logs}
"""


def summarize_file(path, model="gpt-3.5-turbo"):
    with open(path) as f:
        logs = f.read()[-12000:]
    completion = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": PROMPT.format(logs=logs)}],
        temperature=0,
    )
    return completion["choices"][0]["message"]["content"]


def embed_lines(lines):
    res = openai.Embedding.create(input=lines, model="text-embedding-ada-002")
    return [r["embedding"] for r in res["data"]]


if __name__ == "__main__":
    print(summarize_file(sys.argv[1]))
