# Legacy helper from the first version of the bot (pre openai 1.0).
# Still imported by commands_old.py; delete once !8ball and !rate are ported.
import logging
import os

import openai
import requests

from bot.config import OPENAI_CHAT_URL

log = logging.getLogger(__name__)

openai.api_key = os.getenv("OPENAI_API_KEY")

DEFAULT_MODEL = "gpt-3.5-turbo"


def ask_gpt(prompt, system="You are a helpful Twitch chat bot.", model=DEFAULT_MODEL, max_tokens=150):
    """Blocking! Call from a thread."""
    try:
        resp = openai.ChatCompletion.create(
            model=model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            max_tokens=max_tokens,
        )
        return resp["choices"][0]["message"]["content"].strip()
    except Exception as e:  # noqa: BLE001
        log.error("ask_gpt failed: %s", e)
        return ask_gpt_http(prompt, system, model, max_tokens)


def ask_gpt_http(prompt, system, model=DEFAULT_MODEL, max_tokens=150):
    """Fallback that doesn't depend on the SDK version installed."""
    r = requests.post(
        OPENAI_CHAT_URL,
        headers={"Authorization": "Bearer " + os.getenv("OPENAI_API_KEY", "")},
        json={
            "model": model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            "max_tokens": max_tokens,
        },
        timeout=20,
    )
    if r.status_code != 200:
        log.error("openai http %s: %s", r.status_code, r.text[:200])
        return "error :("
    return r.json()["choices"][0]["message"]["content"].strip()


def rate_thing(thing):
    return ask_gpt("Rate '%s' out of 10 with a funny one-line reason." % thing)
