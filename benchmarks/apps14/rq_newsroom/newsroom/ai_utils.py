"""OpenAI helpers from the 2023 headline-suggestion prototype.

New code should use ``newsroom.ai.clients``. This module is kept because the
archive backfill, the tagging embedder and a few templates still import it.
"""
import logging
import os

import requests
from openai import OpenAI

log = logging.getLogger(__name__)

client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))

DEFAULT_MODEL = "gpt-4o-mini"
EMBEDDING_MODEL = "text-embedding-3-small"

# open-weights models through the HF router, used by the social-copy experiment
HF_CHAT_URL = "https://router.huggingface.co/v1/chat/completions"

TABLOID_PROMPT = """Write a punchy one-line headline for the following story.
Story:
{body}

Headline:"""


def gpt_complete(prompt, system=None, model=DEFAULT_MODEL, temperature=0.7, max_tokens=400):
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    resp = client.chat.completions.create(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content.strip()


def tabloid_headlines(body, n=5):
    # the instruct model is still better at the red-top register, per the night desk
    resp = client.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=TABLOID_PROMPT.format(body=body[:6000]),
        n=n,
        max_tokens=32,
        temperature=0.9,
        stop=["\n"],
    )
    seen, out = set(), []
    for choice in resp.choices:
        text = choice.text.strip().strip('"')
        if text and text.lower() not in seen:
            seen.add(text.lower())
            out.append(text)
    return out


def embed_texts(texts, model=EMBEDDING_MODEL):
    if not texts:
        return []
    cleaned = [t.replace("\n", " ")[:8000] for t in texts]
    resp = client.embeddings.create(model=model, input=cleaned)
    return [item.embedding for item in sorted(resp.data, key=lambda d: d.index)]


def hf_chat(model_id, messages, max_tokens=300, timeout=45):
    headers = {"Authorization": "Bearer " + os.environ.get("HF_TOKEN", "")}
    payload = {"model": model_id, "messages": messages, "max_tokens": max_tokens}
    r = requests.post(HF_CHAT_URL, headers=headers, json=payload, timeout=timeout)
    if r.status_code >= 400:
        log.warning("HF router returned %s: %s", r.status_code, r.text[:200])
        r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
