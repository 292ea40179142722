"""Chat session handling; wraps whichever backend the user picked."""
from __future__ import annotations

import logging
from typing import Callable

from research_assistant.providers.anthropic_provider import claude_stream
from research_assistant.providers.dispatcher import dispatch
from research_assistant.providers.openai_provider import OpenAIChat, is_flagged
from research_assistant.state import ChatTurn, state

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You are a research assistant. Answer precisely, flag uncertainty, and suggest "
    "follow-up reading when useful."
)


def build_messages(history: list[ChatTurn], user_text: str, context: str = "") -> list[dict]:
    system = SYSTEM_PROMPT
    if context:
        system += "\n\nRelevant notes:\n" + context
    msgs = [{"role": "system", "content": system}]
    msgs += [{"role": t.role, "content": t.content} for t in history[-20:]]
    msgs.append({"role": "user", "content": user_text})
    return msgs


class ChatSession:
    def __init__(self, provider: str, on_delta: Callable[[str], None] | None = None, moderate: bool = False):
        self.provider = provider
        self.on_delta = on_delta
        self.moderate = moderate
        self._oai = OpenAIChat() if provider == "openai" else None

    def send(self, user_text: str, context: str = "") -> str:
        if self.moderate and is_flagged(user_text):
            return "[message blocked by moderation]"
        messages = build_messages(state.history, user_text, context)
        if self.on_delta and self.provider == "openai":
            reply = ""
            for piece in self._oai.stream(messages):
                reply += piece
                self.on_delta(piece)
        elif self.on_delta and self.provider == "anthropic":
            reply = claude_stream(messages, self.on_delta)
        else:
            reply = dispatch(self.provider, messages)
        with state.lock:
            state.history.append(ChatTurn("user", user_text, self.provider))
            state.history.append(ChatTurn("assistant", reply, self.provider))
        return reply

    def retitle(self) -> str:
        """Short title for the conversation; uses the state's chat backend if set."""
        backend = state.chat_backend
        if backend is None:
            return "Untitled"
        transcript = "\n".join(t.content for t in state.history[:4])
        resp = backend.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"Give a 4-word title for:\n{transcript}"}],
            max_tokens=16,
        )
        return resp.choices[0].message.content.strip().strip('"')


def condense_history(history: list[ChatTurn], keep_last: int = 6) -> list[ChatTurn]:
    """When the conversation gets long, fold old turns into one summary turn with Gemini."""
    if len(history) <= keep_last:
        return history
    from research_assistant.providers.gemini_genai import genai_client

    old, recent = history[:-keep_last], history[-keep_last:]
    chat = genai_client().chats.create(model=state.settings.genai_model)
    transcript = "\n".join(f"{t.role}: {t.content}" for t in old)
    summary = chat.send_message(f"Summarise this conversation in under 150 words:\n{transcript}")
    return [ChatTurn("system", f"Earlier conversation summary: {summary.text}")] + recent
