# Old helpers from the Flask days. Ported to Starlette as-is in 2023.
import os

import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

DEFAULT_MODEL = "gpt-3.5-turbo"
OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def ask_gpt(prompt, model=DEFAULT_MODEL, temperature=0.2):
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
    )
    return resp.choices[0].message.content


def ask_gpt_raw(prompt, model=DEFAULT_MODEL, timeout=30):
    """Kept because the extension needs the raw JSON (logprobs etc.)."""
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"]},
        json={"model": model, "messages": [{"role": "user", "content": prompt}], "logprobs": True},
        timeout=timeout,
    )
    r.raise_for_status()
    return r.json()


def available_models():
    return sorted(m.id for m in openai.models.list())


def embed(text):
    return openai.embeddings.create(model="text-embedding-ada-002", input=text).data[0].embedding
