# "@claude" bot, hackathon version. Talks to the Messages API over plain HTTP because
# the anthropic SDK wasn't on the bot hosts at the time.
import os

import requests

API_URL = "https://api.anthropic.com/v1/messages"
HEADERS = {
    "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
    "anthropic-version": "2023-06-01",
    "content-type": "application/json",
}


def call_claude(prompt, model="claude-3-haiku-20240307", max_tokens=512):
    r = requests.post(
        API_URL,
        headers=HEADERS,
        json={"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    r.raise_for_status()
    data = r.json()
    return "".join(b.get("text", "") for b in data.get("content", []))


class ClaudeHandler(object):
    def usage(self):
        return "@claude <question>"

    def initialize(self, bot_handler):
        pass

    def handle_message(self, message, bot_handler):
        answer = call_claude(message["content"])
        bot_handler.send_reply(message, answer or "(empty reply)")


handler_class = ClaudeHandler
