# coding=utf-8
"""Push failure explanations to Discord / ntfy / Pushover."""
from __future__ import absolute_import, unicode_literals

import logging

import requests

from .llm.clients import get_genai_client

_logger = logging.getLogger("octoprint.plugins.aiassist.notify")

PUSHOVER_URL = "https://api.pushover.net/1/messages.json"


class Notifier(object):
    def __init__(self, settings_getter):
        self._settings = settings_getter

    def headline(self, explanation):
        """One-line title for push notifications (phones truncate at ~60 chars)."""
        key = self._settings("google_api_key")
        if not key:
            return explanation.split(".")[0][:60]
        client = get_genai_client(key)
        try:
            response = client.models.generate_content(
                model="gemini-2.0-flash-lite",
                contents="Write a headline of at most 8 words for this print failure note:\n" + explanation,
            )
            return response.text.strip().strip('"')[:80]
        except Exception:
            _logger.debug("headline generation failed", exc_info=True)
            return explanation[:60]

    def send(self, title, body):
        sent = []
        webhook = self._settings("discord_webhook")
        if webhook:
            r = requests.post(webhook, json={"content": "**{}**\n{}".format(title, body[:1800])}, timeout=10)
            sent.append(("discord", r.status_code))
        topic = self._settings("ntfy_topic")
        if topic:
            r = requests.post("https://ntfy.sh/" + topic, data=body.encode("utf-8"),
                              headers={"Title": title}, timeout=10)
            sent.append(("ntfy", r.status_code))
        token, user = self._settings("pushover_token"), self._settings("pushover_user")
        if token and user:
            r = requests.post(PUSHOVER_URL, data={"token": token, "user": user, "title": title,
                                                  "message": body[:1000]}, timeout=10)
            sent.append(("pushover", r.status_code))
        _logger.info("Notifications sent: %s", sent)
        return sent
