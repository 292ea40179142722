import logging
import os

import httpx

from .old_summaries import fetch_ticket, post_comment, summarize_text, summarize_with_claude_http

log = logging.getLogger(__name__)

MISTRAL_CHAT_URL = "https://api.mistral.ai/v1/chat/completions"


class ZendeskSync:
    def __init__(self, base_url, email, token, use_claude=False):
        self.base_url = base_url.rstrip("/")
        self.auth = (f"{email}/token", token)
        self.use_claude = use_claude

    def sync_ticket(self, ticket_id):
        ticket = fetch_ticket(self.base_url, ticket_id, self.auth)
        text = f"{ticket['subject']}\n\n{ticket['description']}"
        summary = summarize_with_claude_http(text) if self.use_claude else summarize_text(text)
        post_comment(self.base_url, ticket_id, "AI summary:\n" + summary, self.auth)
        return summary

    def detect_language(self, text):
        with httpx.Client(timeout=30) as http:
            resp = http.post(
                MISTRAL_CHAT_URL,
                headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
                json={
                    "model": "open-mistral-nemo",
                    "messages": [
                        {"role": "user", "content": "ISO 639-1 code of this text's language, nothing else:\n" + text[:2000]}
                    ],
                },
            )
        resp.raise_for_status()
        return resp.json()["choices"][0]["message"]["content"].strip()
