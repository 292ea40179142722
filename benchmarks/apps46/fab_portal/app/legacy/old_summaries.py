"""Legacy summariser used by the Zendesk sync (zendesk_sync.py).

Written before the openai 1.x client refactor; uses the module-level client.
"""
import logging
import os

import openai
import requests

log = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def summarize_text(text, model="gpt-3.5-turbo"):
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": "Summarise:\n\n" + text[:12000]}],
        temperature=0.3,
    )
    return resp.choices[0].message.content


def summarize_with_claude_http(text):
    """Used when the anthropic package was pinned to a broken version (INC-77)."""
    r = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": "claude-3-haiku-20240307",
            "max_tokens": 500,
            "messages": [{"role": "user", "content": "Summarise:\n\n" + text[:12000]}],
        },
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def fetch_ticket(zendesk_url, ticket_id, auth):
    # plain Zendesk REST call, not a model
    r = requests.get(f"{zendesk_url}/api/v2/tickets/{ticket_id}.json", auth=auth, timeout=30)
    r.raise_for_status()
    return r.json()["ticket"]


def post_comment(zendesk_url, ticket_id, body, auth):
    r = requests.post(
        f"{zendesk_url}/api/v2/tickets/{ticket_id}/comments.json",
        json={"ticket": {"comment": {"body": body, "public": False}}},
        auth=auth,
        timeout=30,
    )
    r.raise_for_status()
    return r.json()
