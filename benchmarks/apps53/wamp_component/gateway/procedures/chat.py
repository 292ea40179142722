"""``com.app.chat*`` procedures.

Registered with ``session.register(ChatProcedures(...))`` - autobahn picks up the
``@wamp.register`` decorated methods.
"""
from __future__ import annotations

import logging
import time

from autobahn import wamp
from autobahn.wamp.exception import ApplicationError
from autobahn.wamp.types import CallDetails, RegisterOptions

from gateway.llm.adapters import STREAMERS, run_chat
from gateway.llm.registry import ProviderRegistry
from gateway.llm.tokens import count_openai_tokens
from gateway.services.conversation_store import ConversationStore
from gateway.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You are the in-app assistant. Answer concisely. If you are unsure, say so."
)


class ChatProcedures:
    def __init__(self, registry: ProviderRegistry, store: ConversationStore, settings, clients: dict) -> None:
        self.registry = registry
        self.store = store
        self.settings = settings
        self.clients = clients
        self._cerebras = clients["cerebras"]

    @wamp.register("com.app.conversation.create")
    async def create_conversation(self, system: str | None = None) -> str:
        conv = await self.store.create(system_prompt=system or SYSTEM_PROMPT)
        return conv.id

    @wamp.register("com.app.chat")
    async def chat(self, conversation_id: str, text: str, provider: str = "openai",
                   model: str | None = None, details: CallDetails | None = None) -> dict:
        if len(text) > self.settings.max_prompt_chars:
            raise ApplicationError("com.app.error.too_long", max=self.settings.max_prompt_chars)
        conv = self.store.get(conversation_id)
        history = await conv.messages()
        await conv.append("user", text)

        if provider == "openai" and self.settings.use_tracked_chat:
            out = await multi_model_service.generate_response(
                prompt=text,
                task_type="chat",
                complexity=TaskComplexity.STANDARD,
                history=[{"role": m["role"], "content": m["content"]} for m in history],
            )
            await conv.append("assistant", out["text"])
            return out

        try:
            entry = self.registry.get(provider)
        except LookupError as exc:
            raise ApplicationError("com.app.error.provider", str(exc))

        messages = [{"role": m["role"], "content": m["content"]} for m in history]
        messages.append({"role": "user", "content": text})
        started = time.monotonic()
        result = await run_chat(entry, messages, model=model)
        log.info("chat provider=%s model=%s %.0fms", provider, result.model, (time.monotonic() - started) * 1000)
        await conv.append("assistant", result.text)
        return result.to_wamp()

    @wamp.register("com.app.chat.stream", options=RegisterOptions(details_arg="details"))
    async def chat_stream(self, conversation_id: str, text: str, provider: str = "anthropic",
                          details: CallDetails | None = None) -> dict:
        """Progressive results: the front end calls with receive_progress=True."""
        entry = self.registry.get(provider)
        streamer = STREAMERS.get(entry.kind)
        if streamer is None:
            raise ApplicationError("com.app.error.no_stream", provider)
        conv = self.store.get(conversation_id)
        messages = await conv.messages()
        messages = [{"role": m["role"], "content": m["content"]} for m in messages]
        messages.append({"role": "user", "content": text})
        await conv.append("user", text)

        parts: list[str] = []
        async for delta in streamer(entry.client, messages, entry.default_model):
            parts.append(delta)
            if details is not None and details.progress:
                details.progress(delta)
        full = "".join(parts)
        await conv.append("assistant", full)
        return {"text": full, "provider": entry.name}

    @wamp.register("com.app.chat.quick")
    async def quick(self, text: str) -> str:
        """Autocomplete-ish: Cerebras is fast enough for keystroke latency."""
        resp = await self._cerebras.chat.completions.create(
            model=self.settings.cerebras_model,
            messages=[
                {"role": "system", "content": "Complete the user's sentence. Reply with the completion only."},
                {"role": "user", "content": text},
            ],
            max_completion_tokens=32,
            temperature=0.2,
        )
        return resp.choices[0].message.content.strip()

    @wamp.register("com.app.chat.title")
    async def title(self, conversation_id: str) -> str:
        conv = self.store.get(conversation_id)
        msgs = await conv.messages(limit=6)
        transcript = "\n".join(f"{m['role']}: {m['content']}" for m in msgs)
        client = self.clients["openai"]
        resp = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": "Give this conversation a title of at most six words."},
                {"role": "user", "content": transcript},
            ],
            max_tokens=20,
        )
        return resp.choices[0].message.content.strip().strip('"')

    @wamp.register("com.app.chat.estimate")
    def estimate(self, text: str, model: str = "gpt-4o-mini") -> int:
        return count_openai_tokens([{"role": "user", "content": text}], model=model)

    @wamp.register("com.app.providers")
    def providers(self) -> list[str]:
        return self.registry.names()

    @wamp.register("com.app.conversation.export")
    async def export_conversation(self, conversation_id: str) -> dict:
        return await self.store.export(conversation_id)

    @wamp.register("com.app.conversation.delete")
    async def delete_conversation(self, conversation_id: str) -> bool:
        ok = await self.store.delete(conversation_id)
        if not ok:
            raise ApplicationError("com.app.error.not_found", conversation_id)
        return ok

    @wamp.register("com.app.conversation.recent")
    async def recent_conversations(self, limit: int = 20) -> list[str]:
        return await self.store.list_recent(limit=min(limit, 100))
