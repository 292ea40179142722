"""Notifications to the operators' IRC channel via the relay webhook."""
from __future__ import annotations

import logging
import os

import requests

log = logging.getLogger(__name__)


class IRCNotifier:

    def __init__(self, channel: str = '#wikiai-bots',
                 webhook: str | None = None) -> None:
        self.channel = channel
        self.webhook = webhook or os.environ.get('WIKIAI_IRC_RELAY')

    def chat(self, message: str) -> None:
        if not self.webhook:
            log.info('[irc %s] %s', self.channel, message)
            return
        try:
            requests.post(self.webhook,
                          json={'channel': self.channel, 'text': message},
                          timeout=5)
        except requests.RequestException:
            log.warning('IRC relay unreachable')
