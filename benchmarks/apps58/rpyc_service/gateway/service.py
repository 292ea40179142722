"""The RPyC service other teams talk to.

One ``LLMService`` instance is created per connection by ``classpartial`` (see
``factory.py``); the registry, cache and config are shared.
"""
from __future__ import annotations

import logging
import time
from typing import Any

import rpyc
from rpyc.utils.classic import obtain

from gateway.auth import AuthError, TokenStore
from gateway.backends.base import CompletionResult
from gateway.cache import ResponseCache, cache_key
from gateway.clients import get_anthropic_client, get_genai_client, get_openai_client
from gateway.costs import estimate_cost
from gateway.metrics import instrumented, record_tokens
from gateway.tasks import media, moderation
from gateway.tasks.classify import classify_text
from gateway.tasks.embeddings import embed_many
from gateway.tasks.rerank import rerank as rerank_documents
from gateway.tasks.extract import extract_json
from gateway.tasks.summarise import Summariser
from gateway.tasks.translate import Translator
from gateway.tracking.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


class LLMService(rpyc.Service):
    ALIASES = ["LLMGATEWAY"]

    def __init__(self, registry, cache: ResponseCache | None = None, tokens: TokenStore | None = None,
                 config=None) -> None:
        super().__init__()
        self.registry = registry
        self.cache = cache or ResponseCache.create()
        self.tokens = tokens
        self.config = config
        self.team: str | None = None
        self._conn = None
        self._summariser = Summariser(get_genai_client())
        self._translator: Translator | None = None

    # ------------------------------------------------------------------ lifecycle
    def on_connect(self, conn):
        self._conn = conn
        self._connected_at = time.time()
        peer = getattr(conn._channel.stream.sock, "getpeername", lambda: ("?", 0))()
        log.info("client connected from %s", peer)

    def on_disconnect(self, conn):
        log.info("client %s disconnected after %.1fs", self.team or "anon", time.time() - self._connected_at)

    def _require_auth(self) -> None:
        if self.tokens is not None and len(self.tokens) and self.team is None:
            raise AuthError("call login(token) first")

    # ------------------------------------------------------------------ exposed API
    def exposed_login(self, token: str) -> str:
        team = self.tokens.team_for(token) if self.tokens else "anonymous"
        if team is None:
            raise AuthError("unknown token")
        self.team = team
        return team

    def exposed_backends(self) -> list[str]:
        return list(self.registry.names())

    @instrumented("complete")
    def exposed_complete(self, prompt, model=None, backend=None, system=None, max_tokens=None,
                         temperature=0.2, use_cache=True) -> dict[str, Any]:
        self._require_auth()
        messages = obtain(prompt) if not isinstance(prompt, str) else [{"role": "user", "content": prompt}]
        be = self.registry.resolve(model, backend, purpose="chat")
        model = model or be.default_model
        key = cache_key(be.name, model, messages, system=system, max_tokens=max_tokens, t=temperature)
        if use_cache and temperature == 0 and (hit := self.cache.get(key)):
            return hit
        result: CompletionResult = be.complete(
            messages, model=model, system=system, max_tokens=max_tokens, temperature=temperature
        )
        record_tokens(result)
        wire = result.to_wire()
        wire["cost_usd"] = estimate_cost(result.model, result.input_tokens, result.output_tokens)
        if use_cache and temperature == 0:
            self.cache.put(key, wire)
        return wire

    def exposed_stream(self, prompt, callback, model=None, backend=None, system=None):
        """Push chunks to a client-side callback (a netref)."""
        self._require_auth()
        messages = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else obtain(prompt)
        be = self.registry.resolve(model, backend, purpose="chat")
        n = 0
        for chunk in be.stream(messages, model=model, system=system):
            callback(chunk)
            n += 1
        return n

    @instrumented("embed")
    def exposed_embed(self, texts, model=None, backend=None) -> dict[str, Any]:
        self._require_auth()
        texts = list(obtain(texts))
        if backend is None and (model or "").startswith("text-embedding-3") and len(texts) > 500:
            # big OpenAI jobs go through the threaded fan-out
            return {"vectors": embed_many(texts, model=model), "model": model, "backend": "openai"}
        be = self.registry.resolve(model, backend, purpose="embed")
        return be.embed(texts, model=model).to_wire()

    @instrumented("summarise")
    def exposed_summarise(self, text: str, words: int = 200, style: str | None = None) -> str:
        self._require_auth()
        return self._summariser.summarise(text, words=words, style=style)

    def exposed_classify(self, text: str, labels, instructions: str | None = None) -> dict:
        self._require_auth()
        return classify_text(text, list(obtain(labels)), instructions)

    def exposed_rerank(self, query: str, documents, top_n: int = 5) -> list[dict]:
        self._require_auth()
        return rerank_documents(self.registry, query, list(obtain(documents)), top_n=top_n)

    def exposed_moderate(self, text: str) -> dict:
        return moderation.moderate(text)

    def exposed_generate_image(self, prompt: str, size: str = "1024x1024", provider: str = "openai") -> bytes:
        self._require_auth()
        if provider == "google":
            return media.generate_image_imagen(get_genai_client(), prompt)[0]
        return media.generate_image(get_openai_client(), prompt, size=size)

    def exposed_quick_answer(self, question: str) -> str:
        """Cheap one-liner answers for the Slack bot; deliberately bypasses the registry."""
        self._require_auth()
        resp = get_openai_client().chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": "Answer in one sentence."},
                {"role": "user", "content": question},
            ],
            max_tokens=80,
        )
        return resp.choices[0].message.content

    def exposed_critique(self, draft: str, rubric: str) -> str:
        self._require_auth()
        claude = get_anthropic_client()
        msg = claude.messages.create(
            model="claude-3-5-sonnet-20241022",
            max_tokens=800,
            system=f"Critique the draft against this rubric:\n{rubric}",
            messages=[{"role": "user", "content": draft}],
        )
        return msg.content[0].text

    async def _tracked_chat(self, prompt: str) -> str:
        return await multi_model_service.generate_response(
            prompt=prompt, task_type="chat", complexity=TaskComplexity.SIMPLE, caller=self.team
        )

    def exposed_transcribe(self, audio: bytes, filename: str = "audio.mp3") -> str:
        self._require_auth()
        return media.transcribe(get_openai_client(), bytes(audio), filename)

    def exposed_tracked_chat(self, prompt: str) -> str:
        """Same as quick_answer but through multi_model_service (preferred)."""
        from gateway import async_bridge
        return async_bridge.run(self._tracked_chat(prompt))

    def exposed_translate(self, text: str, target_lang: str, source_lang: str | None = None) -> str:
        self._require_auth()
        if self._translator is None:
            region = self.registry.get("bedrock").config.region if "bedrock" in self.registry else "us-east-1"
            self._translator = Translator(region or "us-east-1")
        return self._translator.translate(text, target_lang, source_lang)

    def exposed_extract(self, text: str, schema, name: str = "extraction") -> dict:
        self._require_auth()
        return extract_json(text, dict(obtain(schema)), name=name)

    def exposed_stats(self) -> dict:
        return {"cache": self.cache.stats(), "backends": list(self.registry.names())}
