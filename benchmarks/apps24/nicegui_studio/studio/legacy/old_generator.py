# flake8: noqa
"""Original generator from the Streamlit prototype (openai<1.0 era).

The /legacy page still calls ``generate_post``; the raw-HTTP fallback exists
because the proxy at the time broke the SDK's keep-alive.
"""
import os
import json
import time

import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"


def generate_post(topic, tone="friendly", model="gpt-3.5-turbo"):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[
            {"role": "system", "content": "You write social media posts."},
            {"role": "user", "content": "Write a %s post about %s" % (tone, topic)},
        ],
        temperature=0.8,
    )
    return response["choices"][0]["message"]["content"]


def generate_post_http(topic, tone="friendly", model="gpt-3.5-turbo", retries=3):
    headers = {
        "Authorization": "Bearer " + os.environ.get("OPENAI_API_KEY", ""),
        "Content-Type": "application/json",
    }
    body = {
        "model": model,
        "messages": [{"role": "user", "content": "Write a %s post about %s" % (tone, topic)}],
    }
    for attempt in range(retries):
        r = requests.post(OPENAI_CHAT_URL, headers=headers, data=json.dumps(body), timeout=30)
        if r.status_code == 429:
            time.sleep(2 ** attempt)
            continue
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]
    raise RuntimeError("rate limited")


def hashtags(text, n=5):
    words = [w.strip(".,!?").lower() for w in text.split() if len(w) > 5]
    seen = []
    for w in words:
        if w not in seen:
            seen.append(w)
    return ["#" + w for w in seen[:n]]
