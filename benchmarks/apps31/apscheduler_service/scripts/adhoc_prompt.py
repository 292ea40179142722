#!/usr/bin/env python
"""Ad-hoc prompt against any configured provider, for on-call debugging.

    python scripts/adhoc_prompt.py deepseek "why would pgbouncer refuse connections?"
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor import clients, llm  # noqa: E402


def ask(provider: str, question: str) -> str:
    if provider == "deepseek":
        resp = clients.get_deepseek().chat.completions.create(
            model="deepseek-chat", messages=[{"role": "user", "content": question}]
        )
        return resp.choices[0].message.content
    if provider == "anthropic":
        msg = llm.anthropic_client().messages.create(
            model=llm.DEFAULT_MODELS["anthropic"], max_tokens=1000,
            messages=[{"role": "user", "content": question}],
        )
        return msg.content[0].text
    if provider == "mistral":
        res = llm.mistral_client().chat.complete(
            model=llm.DEFAULT_MODELS["mistral"], messages=[{"role": "user", "content": question}]
        )
        return res.choices[0].message.content
    if provider == "ollama":
        return clients.get_ollama().generate(model="llama3.1:8b", prompt=question)["response"]
    if provider == "bedrock":
        out = clients.get_bedrock_runtime().converse(
            modelId="anthropic.claude-3-haiku-20240307-v1:0",
            messages=[{"role": "user", "content": [{"text": question}]}],
        )
        return out["output"]["message"]["content"][0]["text"]
    raise SystemExit(f"unknown provider {provider}")


if __name__ == "__main__":
    print(ask(sys.argv[1], " ".join(sys.argv[2:])))
