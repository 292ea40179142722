"""Main WAMP session for the LLM gateway.

Started by ``python -m gateway`` (see __main__.py) or as a crossbar container
component.  Shared services are built in ``onJoin`` and kept on the session.
"""
from __future__ import annotations

import asyncio
import logging

from autobahn import wamp
from autobahn.asyncio.wamp import ApplicationSession
from autobahn.wamp.exception import ApplicationError
from autobahn.wamp.types import PublishOptions, RegisterOptions, SubscribeOptions

from gateway.config import get_settings
from gateway.llm import build_clients, registry
from gateway.llm.pricing import CostAccumulator
from gateway.procedures import ChatProcedures, EmbedService, RerankService, Summariser
from gateway.procedures.agent import Agent
from gateway.procedures.moderation import enforce
from gateway.services.cache import ResultCache
from gateway.services.conversation_store import ConversationStore
from gateway.services.llm_usage_tracker import llm_tracker
from gateway.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


class Backend(ApplicationSession):
    """Registers com.app.* procedures for the web front end."""

    async def onJoin(self, details):
        log.info("joined realm %s as session %s", details.realm, details.session)
        extra = self.config.extra or {}
        self.settings = extra.get("settings") or get_settings()
        self.clients = extra.get("clients") or build_clients()
        self.costs = CostAccumulator()

        self.store = ConversationStore(self.settings.redis_url)
        llm_tracker.bind(self.store.redis)
        cache = ResultCache(self.store.redis, ttl=6 * 3600)

        self.summariser = Summariser(self.clients["anthropic"], self.clients["mistral"], self.settings, cache)
        self.embedder = EmbedService(self.clients["openai"], self.clients["mistral"], self.settings)
        self.reranker = RerankService(self.clients["cohere"], self.settings)
        self.agent = Agent(self, self.clients["openai"], self.clients["anthropic"])

        await self.register(self.summarise, "com.app.summarise")
        await self.register(self.embed, "com.app.embed")
        await self.register(self.rerank, "com.app.rerank")
        await self.register(self.search, "com.app.search")
        await self.register(self.run_agent, "com.app.agent.run")
        await self.register(
            self.ask_docs, "com.app.ask_docs",
            options=RegisterOptions(invoke="roundrobin"),
        )

        chat = ChatProcedures(registry, self.store, self.settings, self.clients)
        regs = await self.register(chat)
        for r in regs:
            if isinstance(r, ApplicationError) or not hasattr(r, "procedure"):
                log.error("registration failed: %s", r)

        # @wamp.register methods on this class
        await self.register(self)

        await self.subscribe(self.on_feedback, "com.app.feedback")
        await self.subscribe(self.on_document_uploaded, "com.app.documents.", options=SubscribeOptions(match="prefix"))
        log.info("backend ready, providers=%s", registry.names())

    def onLeave(self, details):
        log.warning("left realm: %s", details.reason)
        asyncio.ensure_future(self.store.close())
        self.disconnect()

    # -- procedures registered by name -------------------------------------

    async def summarise(self, text: str, style: str = "bullets") -> dict:
        await enforce(text)
        return await self.summariser.summarise(text, style=style)

    async def embed(self, texts, provider: str = "openai"):
        return await self.embedder.embed(texts, provider=provider)

    async def rerank(self, query: str, documents: list[str], top_n: int = 5):
        return await self.reranker.rerank(query, documents, top_n=top_n)

    async def search(self, query: str, candidates: list[dict], top_n: int = 8):
        texts = [c["body"] for c in candidates]
        ranked = await self.reranker.rerank(query, texts, top_n=top_n)
        return [dict(candidates[r["index"]], score=r["score"]) for r in ranked]

    async def run_agent(self, question: str, engine: str = "openai") -> dict:
        await enforce(question)
        if engine == "claude":
            return await self.agent.run_claude(question)
        return await self.agent.run_openai(question)

    async def ask_docs(self, question: str, candidates: list[dict]) -> dict:
        ranked = await self.search(question, candidates, top_n=4)
        context = "\n\n---\n\n".join(c["body"] for c in ranked)
        client = self.clients["anthropic"]
        model = self.settings.summary_model
        async with llm_tracker.track_llm_call(provider="anthropic", model=model, feature_context="ask_docs") as usage_log:
            msg = await client.messages.create(
                model=model,
                max_tokens=700,
                system="Answer only from the provided context. Cite the passage number.",
                messages=[{"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return {"answer": msg.content[0].text, "sources": [c.get("id") for c in ranked]}

    # -- decorated procedures (picked up by self.register(self)) ------------

    @wamp.register("com.app.translate")
    async def translate(self, text: str, target: str = "en") -> str:
        mistral = self.clients["mistral"]
        resp = await mistral.chat.complete_async(
            model=self.settings.mistral_model,
            messages=[
                {"role": "system", "content": f"Translate the user's text to {target}. Output only the translation."},
                {"role": "user", "content": text},
            ],
        )
        return resp.choices[0].message.content

    @wamp.register("com.app.suggest_replies")
    async def suggest_replies(self, last_message: str) -> list[str]:
        out = await multi_model_service.generate_response(
            prompt=f"Suggest three short replies to: {last_message}\nOne per line.",
            task_type="suggest_replies",
            complexity=TaskComplexity.SIMPLE,
        )
        return [l.strip("- ").strip() for l in out["text"].splitlines() if l.strip()][:3]

    @wamp.register("com.app.costs")
    def costs_snapshot(self) -> dict:
        return self.costs.snapshot() | {"rerank": self.reranker.cost_so_far()}

    @wamp.register("com.app.models")
    async def list_models(self) -> dict:
        oa = await self.clients["openai"].models.list()
        anth = await self.clients["anthropic"].models.list(limit=20)
        return {
            "openai": [m.id for m in oa.data if m.id.startswith(("gpt", "o"))],
            "anthropic": [m.id for m in anth.data],
        }

    # -- subscriptions -------------------------------------------------------

    async def on_feedback(self, payload: dict):
        """Classify thumbs-down comments so product can triage them."""
        if payload.get("rating", 0) > 0 or not payload.get("comment"):
            return
        co = self.clients["cohere"]
        resp = await co.chat(
            model="command-r-08-2024",
            messages=[
                {"role": "system", "content": "Label the feedback as one of: wrong_answer, slow, rude, other. Reply with the label."},
                {"role": "user", "content": payload["comment"]},
            ],
        )
        label = resp.message.content[0].text.strip().lower()
        self.publish("com.app.feedback.labelled", {"id": payload.get("id"), "label": label},
                     options=PublishOptions(acknowledge=False))

    async def on_document_uploaded(self, doc: dict, details=None):
        if len(doc.get("text", "")) < 200:
            return
        summary = await self.summariser.summarise(doc["text"], style="two sentences")
        self.publish("com.app.documents.summarised", {"id": doc["id"], **summary})
