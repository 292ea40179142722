"""Chat with your notes: retrieval + answer generation with streaming to the UI."""
from __future__ import annotations

import logging
from typing import Any, Callable, Iterator

from backend.llm import TaskComplexity, multi_model_service, prompts
from backend.llm.registry import registry
from backend.services.note_store import NoteStore
from backend.services.search import SearchService
from backend.settings import load_settings

log = logging.getLogger(__name__)


class ChatSession:
    """One conversation in the sidebar. History is kept in memory only."""

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        self.history: list[dict[str, str]] = []

    def add(self, role: str, content: str) -> None:
        self.history.append({"role": role, "content": content})
        # keep the window bounded, the system prompt is added per request
        if len(self.history) > 20:
            self.history = self.history[-20:]


class ChatService:
    def __init__(self, store: NoteStore, search: SearchService) -> None:
        self.store = store
        self.search = search
        self.sessions: dict[str, ChatSession] = {}

    def session(self, session_id: str) -> ChatSession:
        return self.sessions.setdefault(session_id, ChatSession(session_id))

    def _context_messages(self, question: str) -> tuple[list[dict], list[dict]]:
        settings = load_settings()
        hits = self.search.search(question, top_k=settings.max_context_notes)
        notes = [h["note"] for h in hits]
        system = prompts.CHAT_SYSTEM + "\n\nNotes:\n" + prompts.format_context(notes)
        return [{"role": "system", "content": system}], notes

    def ask(self, session_id: str, question: str) -> dict[str, Any]:
        settings = load_settings()
        sess = self.session(session_id)
        sys_msgs, notes = self._context_messages(question)
        sess.add("user", question)
        provider = settings.chat_provider
        client = registry.client(provider)

        if provider == "anthropic":
            resp = client.messages.create(
                model=settings.summary_model if "claude" in settings.summary_model else "claude-3-5-sonnet-latest",
                max_tokens=1024,
                system=sys_msgs[0]["content"],
                messages=sess.history,
            )
            answer = resp.content[0].text
        elif provider == "mistral":
            resp = client.chat.complete(model=settings.tag_model, messages=sys_msgs + sess.history)
            answer = resp.choices[0].message.content
        else:
            model = settings.openrouter_model if provider == "openrouter" else settings.chat_model
            resp = client.chat.completions.create(
                model=model,
                messages=sys_msgs + sess.history,
                temperature=0.2,
            )
            answer = resp.choices[0].message.content
        sess.add("assistant", answer)
        return {"answer": answer, "sources": [n["id"] for n in notes]}

    def ask_stream(self, session_id: str, question: str, on_token: Callable[[str], None]) -> str:
        """Streams tokens to the webview through on_token (window.evaluate_js)."""
        settings = load_settings()
        sess = self.session(session_id)
        sys_msgs, _ = self._context_messages(question)
        sess.add("user", question)
        client = registry.client("openai")
        chunks: list[str] = []
        stream = client.chat.completions.create(
            model=settings.chat_model,
            messages=sys_msgs + sess.history,
            stream=True,
        )
        for chunk in stream:
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta.content or ""
            if delta:
                chunks.append(delta)
                on_token(delta)
        answer = "".join(chunks)
        sess.add("assistant", answer)
        return answer

    def ask_claude_stream(self, session_id: str, question: str, on_token: Callable[[str], None]) -> str:
        sess = self.session(session_id)
        sys_msgs, _ = self._context_messages(question)
        sess.add("user", question)
        claude = registry.client("anthropic")
        with claude.messages.stream(
            model="claude-3-5-sonnet-latest",
            max_tokens=1500,
            system=sys_msgs[0]["content"],
            messages=sess.history,
        ) as stream:
            for text in stream.text_stream:
                on_token(text)
            final = stream.get_final_message()
        answer = "".join(b.text for b in final.content if b.type == "text")
        sess.add("assistant", answer)
        return answer

    def condense_question(self, session_id: str, question: str) -> str:
        """Rewrite a follow-up question into a standalone one before retrieval.
        Uses whichever cheap model is configured on OpenRouter."""
        sess = self.session(session_id)
        if not sess.history:
            return question
        entry = registry.entry("openrouter")
        client = registry.client(entry.name)
        transcript = "\n".join(f"{m['role']}: {m['content'][:500]}" for m in sess.history[-6:])
        resp = client.chat.completions.create(
            model=entry.default_model,
            messages=[{
                "role": "user",
                "content": f"Conversation:\n{transcript}\n\nRewrite this follow-up as a standalone "
                           f"question, reply with the question only: {question}",
            }],
            max_tokens=80,
        )
        return (resp.choices[0].message.content or question).strip()

    async def title_for_session(self, session_id: str) -> str:
        """Sidebar title for a conversation. New code, so it goes through the tracked service."""
        sess = self.session(session_id)
        first = next((m["content"] for m in sess.history if m["role"] == "user"), "")
        if not first:
            return "New chat"
        return await multi_model_service.generate_response(
            prompt=f"Give a 4-word title for a chat that starts with: {first[:300]}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=20,
        )

    def export_markdown(self, session_id: str) -> str:
        lines = []
        for m in self.session(session_id).history:
            who = "**You**" if m["role"] == "user" else "**Assistant**"
            lines.append(f"{who}: {m['content']}")
        return "\n\n".join(lines)

    def reset(self, session_id: str) -> None:
        self.sessions.pop(session_id, None)


def iter_history(service: ChatService, session_id: str) -> Iterator[dict[str, str]]:
    yield from service.session(session_id).history
