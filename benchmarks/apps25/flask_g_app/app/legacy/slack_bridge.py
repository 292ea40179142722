"""Slack slash-command bridge: ``/hr <question>``.

A tiny bot object keeps per-channel history.  ``HelpdeskBot.chat`` is our
own method; the model work is delegated to the Azure quick-answer helper.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time
from collections import defaultdict, deque

import requests
from flask import Blueprint, current_app, jsonify, request

log = logging.getLogger(__name__)

slack_bp = Blueprint("slack", __name__)

# --- abbreviation expansion (raw HTTP, predates the mistralai SDK here) ---

MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"
TIMEOUT = 20


class MistralHTTPError(RuntimeError):
    pass


def expand_abbreviations(title: str) -> str:
    headers = {
        "Authorization": f"Bearer {os.environ.get('MISTRAL_API_KEY', '')}",
        "Content-Type": "application/json",
        "Accept": "application/json",
    }
    payload = {
        "model": "mistral-small-latest",
        "temperature": 0,
        "max_tokens": 60,
        "messages": [
            {"role": "system", "content": "Expand HR abbreviations (PTO, FMLA, 401k, COBRA, ...). Return the title only."},
            {"role": "user", "content": title},
        ],
    }
    r = requests.post(MISTRAL_URL, headers=headers, json=payload, timeout=TIMEOUT)
    if r.status_code != 200:
        log.warning("mistral http %s: %s", r.status_code, r.text[:200])
        raise MistralHTTPError(r.status_code)
    return r.json()["choices"][0]["message"]["content"].strip()


class HelpdeskBot:
    def __init__(self, factory, history: int = 6):
        self.factory = factory
        self.history = defaultdict(lambda: deque(maxlen=history))

    def chat(self, channel: str, text: str) -> str:
        self.history[channel].append(("user", text))
        context = " | ".join(t for _, t in self.history[channel])
        answer = self.factory.azure_quick_answer(f"Conversation so far: {context}\nLatest: {text}")
        self.history[channel].append(("bot", answer))
        return answer


_bot = None


def _get_bot() -> HelpdeskBot:
    global _bot
    if _bot is None:
        _bot = HelpdeskBot(current_app.config["LLM_CLIENT_FACTORY"])
    return _bot


def _verify(req) -> bool:
    secret = current_app.config.get("SLACK_SIGNING_SECRET", "").encode()
    ts = req.headers.get("X-Slack-Request-Timestamp", "0")
    if abs(time.time() - int(ts)) > 300:
        return False
    base = f"v0:{ts}:{req.get_data(as_text=True)}".encode()
    sig = "v0=" + hmac.new(secret, base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(sig, req.headers.get("X-Slack-Signature", ""))


@slack_bp.post("/slack/hr")
def slash_hr():
    if not _verify(request):
        return "", 401
    text = request.form.get("text", "")
    try:
        text = expand_abbreviations(text)
    except MistralHTTPError:
        pass
    answer = _get_bot().chat(request.form.get("channel_id", "dm"), text)
    # respond via response_url so Slack does not time out
    requests.post(
        request.form["response_url"],
        json={"response_type": "ephemeral", "text": answer},
        timeout=10,
    )
    return jsonify({"response_type": "ephemeral", "text": "Thinking..."})
