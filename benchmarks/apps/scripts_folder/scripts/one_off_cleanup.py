#!/usr/bin/env python
"""One-off: normalise product names in old tickets (2024 migration)."""
import os
import sys

import cohere
import ollama
import requests
from huggingface_hub import InferenceClient
from mistralai import Mistral

co = cohere.ClientV2()
hf = InferenceClient(model="meta-llama/Llama-3.1-8B-Instruct", token=os.environ.get("HF_TOKEN"))


def normalise(name: str) -> str:
    response = co.chat(
        model="command-r", messages=[{"role": "user", "content": f"Canonical product name for: {name}"}]
    )
    return response.message.content[0].text


def normalise_local(name: str) -> str:
    return ollama.chat(model="llama3.2", messages=[{"role": "user", "content": name}])["message"]["content"]


def normalise_hf(name: str) -> str:
    out = hf.chat_completion(messages=[{"role": "user", "content": f"Canonical name: {name}"}], max_tokens=20)
    return out.choices[0].message.content


def normalise_mistral(name: str) -> str:
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as mistral:
        res = mistral.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": name}])
    return res.choices[0].message.content


def normalise_groq_http(name: str) -> str:
    resp = requests.post(
        "https://api.groq.com/openai/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['GROQ_API_KEY']}"},
        json={"model": "llama-3.1-8b-instant", "messages": [{"role": "user", "content": name}]},
    )
    return resp.json()["choices"][0]["message"]["content"]


def count(name: str) -> int:
    return len(co.tokenize(text=name, model="command-r").tokens)


if __name__ == "__main__":
    for line in sys.stdin:
        print(normalise(line.strip()))
