"""Nightly digest of Slack #incidents (LEGACY).

Ported from the old cron job; still uses raw HTTP for Claude because the
batch image didn't have the anthropic package at the time. TODO(DS-412):
move to multi_model_service.
"""
import datetime as dt
import json
import os

import requests
from google import genai
from metaflow import FlowSpec, Parameter, schedule, step

from llmkit.config import ANTHROPIC_MESSAGES_URL
from llmkit.legacy_helpers import ask_claude, gpt

SLACK_API = "https://slack.com/api/conversations.history"


@schedule(daily=True)
class NightlyDigestFlow(FlowSpec):
    channel = Parameter("channel", default="C0INCIDENTS")
    lookback_hours = Parameter("lookback-hours", type=int, default=24)
    post_to_slack = Parameter("post-to-slack", type=bool, default=False)

    @step
    def start(self):
        oldest = (dt.datetime.utcnow() - dt.timedelta(hours=self.lookback_hours)).timestamp()
        r = requests.get(
            SLACK_API,
            headers={"Authorization": f"Bearer {os.environ['SLACK_BOT_TOKEN']}"},
            params={"channel": self.channel, "oldest": oldest, "limit": 500},
            timeout=30,
        )
        r.raise_for_status()
        self.messages = [m.get("text", "") for m in r.json().get("messages", [])]
        self.next(self.digest)

    @step
    def digest(self):
        body = {
            "model": "claude-3-5-haiku-latest",
            "max_tokens": 1200,
            "messages": [
                {
                    "role": "user",
                    "content": "Write an incident digest from these Slack messages:\n\n" + "\n".join(self.messages),
                }
            ],
        }
        resp = requests.post(
            ANTHROPIC_MESSAGES_URL,
            headers={
                "x-api-key": os.environ["ANTHROPIC_API_KEY"],
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            data=json.dumps(body),
            timeout=120,
        )
        resp.raise_for_status()
        self.digest_text = resp.json()["content"][0]["text"]
        self.next(self.headline)

    @step
    def headline(self):
        self.headline_text = gpt("Write a 10-word headline for this digest:\n" + self.digest_text)
        self.severity = ask_claude(
            "Rate the overall severity of this digest as LOW, MEDIUM or HIGH. One word.\n" + self.digest_text
        ).strip()
        self.next(self.translate_for_apac)

    @step
    def translate_for_apac(self):
        client = genai.Client(api_key=os.environ["GOOGLE_API_KEY"])
        resp = client.models.generate_content(
            model="gemini-2.0-flash",
            contents="Translate to Japanese, keep it short:\n" + self.digest_text,
        )
        self.digest_ja = resp.text
        self.next(self.end)

    @step
    def end(self):
        if self.post_to_slack:
            requests.post(
                "https://slack.com/api/chat.postMessage",
                headers={"Authorization": f"Bearer {os.environ['SLACK_BOT_TOKEN']}"},
                json={"channel": self.channel, "text": f"*{self.headline_text}* ({self.severity})\n{self.digest_text}"},
                timeout=30,
            )
        print(self.headline_text)


if __name__ == "__main__":
    NightlyDigestFlow()
