"""Grammar check: LanguageTool first, Mistral as a fallback for long passages."""

import os

import httpx
import requests

LANGUAGETOOL_URL = "https://api.languagetool.org/v2/check"
MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"


def languagetool_check(text, language="en-GB"):
    resp = requests.post(LANGUAGETOOL_URL, data={"text": text, "language": language}, timeout=20)
    resp.raise_for_status()
    return resp.json()["matches"]


def mistral_check(text):
    headers = {
        "Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}",
        "Accept": "application/json",
    }
    body = {
        "model": "open-mistral-nemo",
        "messages": [
            {"role": "system", "content": "List grammar mistakes, one per line."},
            {"role": "user", "content": text},
        ],
    }
    with httpx.Client(timeout=60) as http:
        resp = http.post(MISTRAL_URL, headers=headers, json=body)
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"].splitlines()


def check(text):
    if len(text) < 20000:
        return [m["message"] for m in languagetool_check(text)]
    return mistral_check(text)
