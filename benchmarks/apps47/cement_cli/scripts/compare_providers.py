#!/usr/bin/env python
"""Run the same incident prompt through every provider and dump answers side by side.

Reuses opsbot's client factories so keys/regions match the CLI.
"""
import json
import sys

from opsbot.core import LLMBundle, get_bedrock_runtime, get_openai_client
from opsbot.core.prompts import INCIDENT_SYSTEM, incident_prompt


def main(path):
    with open(path) as fh:
        prompt = incident_prompt(json.load(fh))
    bundle = LLMBundle(
        openai_model="gpt-4o",
        anthropic_model="claude-3-5-sonnet-20241022",
        bedrock_model="anthropic.claude-3-5-sonnet-20240620-v1:0",
        cohere_model="embed-english-v3.0",
    )
    answers = {}

    oa = get_openai_client()
    r = oa.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "system", "content": INCIDENT_SYSTEM}, {"role": "user", "content": prompt}],
    )
    answers["openai"] = r.choices[0].message.content

    m = bundle.anthropic.messages.create(
        model=bundle.anthropic_model,
        max_tokens=1200,
        system=INCIDENT_SYSTEM,
        messages=[{"role": "user", "content": prompt}],
    )
    answers["anthropic"] = m.content[0].text

    out = get_bedrock_runtime().converse(
        modelId=bundle.bedrock_model,
        system=[{"text": INCIDENT_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": prompt}]}],
    )
    answers["bedrock"] = out["output"]["message"]["content"][0]["text"]

    for name, text in answers.items():
        print(f"===== {name} =====\n{text}\n")


if __name__ == "__main__":
    main(sys.argv[1])
