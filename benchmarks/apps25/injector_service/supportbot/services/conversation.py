"""Customer chat: the main assistant turn."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import openai
from injector import inject, singleton

from supportbot.keys import PrimaryChatClient
from supportbot.services.llm_usage_tracker import LLMUsageTracker, llm_tracker
from supportbot.services.retrieval import RetrievalService
from supportbot.settings import Settings
from supportbot.utils import redact, trim_history

log = logging.getLogger(__name__)

SYSTEM_PROMPT = """You are Ledgerline's support assistant. You help customers with card,
transfer and account questions. Never ask for full card numbers, PINs or passwords.
If the customer reports fraud or a stolen card, tell them to freeze the card in the app
and offer a handoff to a human agent. Answer using the help-centre excerpts provided."""


# categories we hand off rather than refuse outright
_HANDOFF_CATEGORIES = {"self-harm", "self-harm/intent"}


@singleton
class ModerationService:
    @inject
    def __init__(self, client: openai.OpenAI) -> None:
        self._client = client

    def check(self, text: str) -> dict[str, bool]:
        result = self._client.moderations.create(model="omni-moderation-latest", input=text)
        categories = result.results[0].categories.model_dump(by_alias=True)
        return {name: bool(flag) for name, flag in categories.items()}

    def is_flagged(self, text: str) -> bool:
        flags = self.check(text)
        if any(flags.get(c) for c in _HANDOFF_CATEGORIES):
            log.warning("moderation: handoff category hit")
        return any(flags.values())


@dataclass
class Turn:
    reply: str
    handoff: bool
    sources: list[str]


class ConversationService:
    @inject
    def __init__(
        self,
        client: PrimaryChatClient,
        retrieval: RetrievalService,
        moderation: ModerationService,
        settings: Settings,
        tracker: LLMUsageTracker,
    ) -> None:
        self._client = client
        self._retrieval = retrieval
        self._moderation = moderation
        self._model = settings.primary_chat_model
        self._tracker = tracker

    async def reply(self, history: list[dict], user_message: str, *, tenant_id: str | None = None) -> Turn:
        clean = redact(user_message)
        if self._moderation.is_flagged(clean):
            return Turn(reply="I can't help with that request.", handoff=True, sources=[])

        docs = await self._retrieval.search(clean, top_n=4)
        context = "\n\n".join(f"[{d.doc_id}] {d.text}" for d in docs)
        messages = trim_history(
            [{"role": "system", "content": SYSTEM_PROMPT + "\n\nExcerpts:\n" + context}]
            + history
            + [{"role": "user", "content": clean}],
            budget=12_000,
            model=self._model,
        )
        completion = await self._client.chat.completions.create(
            model=self._model,
            messages=messages,
            temperature=0.2,
            max_tokens=600,
            user=tenant_id or "anonymous",
        )
        text = completion.choices[0].message.content or ""
        handoff = "[HANDOFF]" in text
        return Turn(reply=text.replace("[HANDOFF]", "").strip(), handoff=handoff, sources=[d.doc_id for d in docs])

    async def suggest_followups(self, history: list[dict]) -> list[str]:
        """Three short follow-up chips under the reply. Tracked (SUP-530)."""
        async with llm_tracker.track_llm_call(
            provider="openai", model=self._model, feature_context="followup_chips"
        ) as usage_log:
            resp = await self._client.chat.completions.create(
                model=self._model,
                messages=history
                + [{"role": "user", "content": "Suggest three short follow-up questions, one per line."}],
                max_tokens=80,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        lines = (resp.choices[0].message.content or "").splitlines()
        return [line.lstrip("-• ").strip() for line in lines if line.strip()][:3]

    async def title_for(self, history: list[dict], tenant_id: str | None = None) -> str:
        """Conversation title for the agent inbox. Uses the injected tracker."""
        async with self._tracker.track_llm_call(
            provider="openai", model="gpt-4o-mini", feature_context="thread_title", tenant_id=tenant_id
        ) as usage_log:
            resp = await self._client.responses.create(
                model="gpt-4o-mini",
                instructions="Write a 3-6 word title for this support conversation.",
                input=[{"role": m["role"], "content": m["content"]} for m in history[-6:]],
                max_output_tokens=20,
            )
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
        return resp.output_text.strip().strip('"')

    async def summarize_thread(self, history: list[dict]) -> str:
        transcript = "\n".join(f"{m['role']}: {m['content']}" for m in history)
        resp = await self._client.responses.create(
            model=self._model,
            instructions="Summarise this support conversation for a human agent in 4 bullet points.",
            input=transcript,
            max_output_tokens=300,
        )
        return resp.output_text
