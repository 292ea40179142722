"""Raw-HTTP fallbacks.

The anthropic SDK didn't build on the old server image for a while, so this
module talks to the APIs directly. Also holds the outbound webhooks.
"""
import logging

import anvil.http
import anvil.secrets
import requests

log = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
OPENAI_BASE = "https://api.openai.com/v1"


def claude_complete(prompt, model="claude-3-5-haiku-latest", max_tokens=512):
    resp = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": anvil.secrets.get_secret("anthropic_key"),
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": model,
            "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": prompt}],
        },
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["content"][0]["text"]


class OpenAIRest:
    """Minimal REST client – used by the uplink health check too."""

    def __init__(self, api_key=None, base_url=OPENAI_BASE):
        self.base_url = base_url
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_key or anvil.secrets.get_secret('openai_key')}"

    def chat(self, messages, model="gpt-4o-mini", **params):
        r = self._session.post(
            f"{self.base_url}/chat/completions",
            json={"model": model, "messages": messages, **params},
            timeout=60,
        )
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]

    def list_models(self):
        r = self._session.get(f"{self.base_url}/models", timeout=15)
        r.raise_for_status()
        return [m["id"] for m in r.json()["data"]]


def notify_slack(text):
    url = anvil.secrets.get_secret("slack_webhook")
    anvil.http.request(url, method="POST", json=True, data={"text": text})


def push_to_zendesk(ticket_id, comment):
    subdomain = anvil.secrets.get_secret("zendesk_subdomain")
    token = anvil.secrets.get_secret("zendesk_token")
    requests.post(
        f"https://{subdomain}.zendesk.com/api/v2/tickets/{ticket_id}/comments.json",
        auth=("support-bot@brightloop.io/token", token),
        json={"comment": {"body": comment, "public": False}},
        timeout=20,
    )
