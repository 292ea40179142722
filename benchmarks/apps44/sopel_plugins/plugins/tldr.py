"""`.page <url>`: fetch a web page and give a one-paragraph summary.

Old plugin (2023), written before we had the SDKs pinned; talks to the
Anthropic HTTP API directly with requests.
"""
import html
import re

import requests
from sopel import plugin

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
MAX_PAGE_CHARS = 20000
TAG_RE = re.compile(r"<[^>]+>")
SCRIPT_RE = re.compile(r"<(script|style)[^>]*>.*?</\1>", re.S | re.I)


def fetch_text(url):
    resp = requests.get(url, timeout=10, headers={"User-Agent": "sopel-llm/0.7"})
    resp.raise_for_status()
    text = SCRIPT_RE.sub(" ", resp.text)
    text = html.unescape(TAG_RE.sub(" ", text))
    return re.sub(r"\s+", " ", text)[:MAX_PAGE_CHARS]


def summarise_page(api_key, model, text):
    r = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": api_key,
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": model,
            "max_tokens": 250,
            "messages": [{"role": "user", "content": "Summarise this page in 2 sentences:\n\n" + text}],
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


@plugin.command("page")
@plugin.example(".page https://example.com/post")
@plugin.rate(user=30)
def page(bot, trigger):
    url = trigger.group(3)
    if not url or not url.startswith(("http://", "https://")):
        bot.reply("usage: .page <url>")
        return
    try:
        text = fetch_text(url)
    except requests.RequestException as exc:
        bot.reply(f"couldn't fetch: {exc}")
        return
    summary = summarise_page(bot.settings.llm.anthropic_api_key, bot.settings.llm.anthropic_fast_model, text)
    bot.say(summary.replace("\n", " ")[:450])
