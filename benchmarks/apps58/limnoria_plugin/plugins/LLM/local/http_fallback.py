"""Raw HTTP fallbacks for when an SDK is broken/missing on a box.

Also the paste helper used for answers too long for IRC.
"""

import logging

import httpx
import requests

log = logging.getLogger("supybot.plugins.LLM.http")

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"


def groq_chat_raw(api_key, messages, model="llama-3.1-8b-instant",
                  max_tokens=300):
    r = requests.post(
        GROQ_URL,
        headers={"Authorization": "Bearer %s" % api_key},
        json={"model": model, "messages": messages, "max_tokens": max_tokens},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def openrouter_chat_raw(api_key, messages, model, referer=None):
    headers = {"Authorization": "Bearer %s" % api_key}
    if referer:
        headers["HTTP-Referer"] = referer
    with httpx.Client(timeout=60) as http:
        r = http.post(OPENROUTER_URL, headers=headers,
                      json={"model": model, "messages": messages})
    r.raise_for_status()
    data = r.json()
    return data["choices"][0]["message"]["content"], data.get("usage", {})


def paste(url, text, title="LLM answer"):
    """Upload to our pastebin, returns the link or None."""
    try:
        r = requests.post(url, json={"title": title, "content": text,
                                     "expiry": "1d"}, timeout=10)
        r.raise_for_status()
        return r.json().get("url")
    except requests.RequestException:
        log.exception("paste failed")
        return None
