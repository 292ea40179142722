# flake8: noqa
"""
Legacy AI helpers and the old macro engine (ported from the Flask widget, 2022).

Do not add new callers. Remaining users: the NL team's macros, the admin 'test answer' button.

These talk to the provider HTTP APIs directly with requests because the widget
had to run on Python 3.6 with no SDKs. TODO(migration): replace ask_gpt with
services.answering.answer_once and ask_claude with services.summarization.
"""
import json
import logging
import os
import re

import openai
import requests
from django.conf import settings

from helpdesk.models import CannedResponse

log = logging.getLogger("helpdesk.legacy")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
SLACK_WEBHOOK = os.environ.get("SLACK_SUPPORT_WEBHOOK", "")

openai.api_key = settings.OPENAI_API_KEY


def _headers_openai():
    return {"Authorization": "Bearer " + settings.OPENAI_API_KEY, "Content-Type": "application/json"}


def ask_gpt(prompt, system=None, model="gpt-4o-mini", temperature=0.3):
    msgs = []
    if system:
        msgs.append({"role": "system", "content": system})
    msgs.append({"role": "user", "content": prompt})
    r = requests.post(
        OPENAI_URL,
        headers=_headers_openai(),
        data=json.dumps({"model": model, "messages": msgs, "temperature": temperature}),
        timeout=60,
    )
    if r.status_code != 200:
        log.error("openai error %s: %s", r.status_code, r.text[:500])
        return None
    return r.json()["choices"][0]["message"]["content"]


def ask_claude(prompt, model="claude-3-5-haiku-latest", max_tokens=500):
    r = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": settings.ANTHROPIC_API_KEY,
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    r.raise_for_status()
    body = r.json()
    return "".join(b.get("text", "") for b in body.get("content", []))


def ask_gpt_sdk(prompt, model="gpt-4o-mini"):
    """Half-migrated version of ask_gpt using the module-level openai client."""
    resp = openai.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
    return resp.choices[0].message.content


def notify_slack(text, channel=None):
    if not SLACK_WEBHOOK:
        return False
    payload = {"text": text}
    if channel:
        payload["channel"] = channel
    r = requests.post(SLACK_WEBHOOK, json=payload, timeout=10)
    return r.ok


# --- macros ---------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")


class Macro:
    def __init__(self, canned: CannedResponse):
        self.canned = canned

    @classmethod
    def create(cls, title, body, category=""):
        return cls(CannedResponse.objects.create(title=title, body=body, category=category))

    def render(self, **values):
        return PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), self.canned.body)

    def completion(self, ticket):
        """Fill the macro and let GPT smooth it into the conversation."""
        filled = self.render(name=ticket.customer.name, ticket_id=ticket.pk)
        smoothed = ask_gpt(
            f"Customer wrote:\n{ticket.body[:2000]}\n\nAdapt this canned reply so it fits:\n{filled}",
            system="Keep the canned reply's facts. Only adjust greeting and wording.",
        )
        self.canned.usage_count += 1
        self.canned.save(update_fields=["usage_count"])
        if smoothed is None:
            notify_slack(f"Macro '{self.canned.title}' fell back to raw text on #{ticket.pk}")
            return filled
        return smoothed
