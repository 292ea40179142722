"""Thin HTTP client for the system under test (our support chatbot).

This talks to *our* product's API, not to an LLM vendor."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Optional

import requests


@dataclass
class ChatbotReply:
    text: str
    conversation_id: str
    latency_ms: float
    sources: list


class ChatbotClient:
    def __init__(self, base_url: str, token: Optional[str] = None, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        self.timeout = timeout

    def create(self, locale: str = "en") -> str:
        resp = self.session.post(f"{self.base_url}/api/v2/conversations", json={"locale": locale}, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["id"]

    def chat(self, message: str, conversation_id: Optional[str] = None) -> ChatbotReply:
        conversation_id = conversation_id or self.create()
        resp = self.session.post(
            f"{self.base_url}/api/v2/conversations/{conversation_id}/messages",
            json={"text": message, "client_msg_id": str(uuid.uuid4())},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        return ChatbotReply(
            text=body["reply"],
            conversation_id=conversation_id,
            latency_ms=resp.elapsed.total_seconds() * 1000,
            sources=body.get("sources", []),
        )

    def history(self, conversation_id: str) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/api/v2/conversations/{conversation_id}/messages", timeout=self.timeout
        )
        resp.raise_for_status()
        return resp.json()["items"]

    def send_feedback(self, conversation_id: str, rating: int, comment: str = "") -> None:
        resp = self.session.post(
            f"{self.base_url}/api/v2/conversations/{conversation_id}/feedback",
            json={"rating": rating, "comment": comment},
            timeout=self.timeout,
        )
        resp.raise_for_status()

    def escalate(self, conversation_id: str, reason: str) -> str:
        """Hands the conversation to a human agent; returns the ticket id."""
        resp = self.session.post(
            f"{self.base_url}/api/v2/conversations/{conversation_id}/escalations",
            json={"reason": reason},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["ticket_id"]

    def health(self) -> bool:
        try:
            return self.session.get(f"{self.base_url}/healthz", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    def close(self) -> None:
        self.session.close()
