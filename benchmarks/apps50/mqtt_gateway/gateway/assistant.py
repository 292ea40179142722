"""Multi-turn HMI assistant.

The HMI keeps a chat panel per operator session.  History is held here
(in memory, bounded); the model client is injected by the caller so the
tests can pass a fake.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from gateway.services import get_xai_client

log = logging.getLogger(__name__)

MAX_TURNS = 12
SESSION_TTL_S = 3600


@dataclass
class ChatSession:
    session_id: str
    operator: str
    turns: deque = field(default_factory=lambda: deque(maxlen=MAX_TURNS * 2))
    touched: float = field(default_factory=time.time)

    def add(self, role: str, content: str) -> None:
        self.turns.append({"role": role, "content": content})
        self.touched = time.time()


class ConversationStore:
    def __init__(self) -> None:
        self._sessions: dict[str, ChatSession] = {}
        self._lock = threading.Lock()

    def chat(self, session_id: str, operator: str = "unknown") -> ChatSession:
        """Get-or-create the session (not a model call)."""
        with self._lock:
            sess = self._sessions.get(session_id)
            if sess is None:
                sess = self._sessions[session_id] = ChatSession(session_id, operator)
            return sess

    def create(self, session_id: str, operator: str) -> ChatSession:
        with self._lock:
            sess = self._sessions[session_id] = ChatSession(session_id, operator)
            return sess

    def expire(self) -> int:
        now = time.time()
        with self._lock:
            dead = [k for k, s in self._sessions.items() if now - s.touched > SESSION_TTL_S]
            for k in dead:
                del self._sessions[k]
        return len(dead)


class HmiAssistant:
    def __init__(self, llm, model: str, conversations: ConversationStore | None = None) -> None:
        self._llm = llm
        self._model = model
        self.conversations = conversations or ConversationStore()

    def reply(self, session_id: str, operator: str, text: str) -> str:
        sess = self.conversations.chat(session_id, operator)
        sess.add("user", text)
        msg = self._llm.messages.create(
            model=self._model,
            max_tokens=700,
            system="You are the plant HMI assistant. Keep answers under 120 words.",
            messages=list(sess.turns),
        )
        answer = "".join(b.text for b in msg.content if b.type == "text")
        sess.add("assistant", answer)
        return answer

    def second_opinion(self, session_id: str) -> str:
        """Ask Grok to critique the last answer (reliability team request)."""
        sess = self.conversations.chat(session_id)
        transcript = "\n".join(f"{t['role']}: {t['content']}" for t in sess.turns)
        grok = get_xai_client()
        out = grok.chat.completions.create(
            model="grok-2-latest",
            messages=[
                {"role": "system", "content": "Critique the assistant's last answer for safety issues."},
                {"role": "user", "content": transcript},
            ],
        )
        return out.choices[0].message.content or ""
