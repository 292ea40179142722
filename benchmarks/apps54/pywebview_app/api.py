"""The js_api object. Every public method here is callable from JS as
`await pywebview.api.method_name(...)`. Keep them thin: delegate to backend services.
Methods starting with an underscore are not exposed."""
from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

import webview

from backend import llm
from backend.legacy import cohere_chat, openrouter_http, summarize_v1
from backend.services import digest, flashcards, titles, transcribe
from backend.services.chat_service import ChatService
from backend.services.clipper import Clipper
from backend.services.embeddings import EmbeddingService
from backend.services.models_catalog import available_models
from backend.services.moderation import ModerationGate
from backend.services.note_store import LinkIndex, NoteStore
from backend.services.search import SearchService
from backend.services.tagger import Tagger, merge_similar_tags
from backend.settings import asdict_safe, load_settings, update_settings
from backend.usage_report import completion_cost, usage_table
from backend.workers import JsBridge, quick_rewrite, run_coro, submit, translate

log = logging.getLogger(__name__)


class Api:
    def __init__(self, store: NoteStore | None = None) -> None:
        self._store = store or NoteStore()
        self._embeddings = EmbeddingService(self._store)
        self._search = SearchService(self._store, self._embeddings)
        self._chat = ChatService(self._store, self._search)
        self._clipper = Clipper(self._store)
        self._tagger = Tagger(self._store)
        self._bridge = JsBridge()
        self._deck = flashcards.CardDeck()
        self._links = LinkIndex(self._store)
        # kept for the "improve writing" button, added before the registry existed
        self._openai = llm.get_openai_client()

    def _attach(self, window) -> None:
        self._bridge.window = window

    # ---- notes -------------------------------------------------------------
    def list_notes(self) -> list[dict]:
        return [n.to_dict() for n in self._store.all()]

    def get_note(self, note_id: str) -> dict | None:
        note = self._store.get(note_id)
        return note.to_dict() if note else None

    def create(self, title: str, body: str) -> dict:
        note = self._store.create(title=title or "Untitled", body=body)
        submit(self._tagger.tag_note, note.id).add_done_callback(self._bridge.done_callback("tagged"))
        return note.to_dict()

    def save_note(self, note_id: str, title: str, body: str) -> bool:
        self._store.update(note_id, title=title, body=body)
        return True

    def delete_note(self, note_id: str) -> bool:
        self._store.delete(note_id)
        return True

    # ---- AI features -------------------------------------------------------
    def chat(self, session_id: str, question: str) -> dict[str, Any]:
        return self._chat.ask(session_id, question)

    def chat_stream(self, session_id: str, question: str) -> str:
        request_id = uuid.uuid4().hex

        def on_token(tok: str) -> None:
            self._bridge.emit("chat-token", {"id": request_id, "token": tok})

        provider = load_settings().chat_provider
        if provider == "anthropic":
            fut = submit(self._chat.ask_claude_stream, session_id, question, on_token)
        else:
            fut = submit(self._chat.ask_stream, session_id, question, on_token)
        fut.add_done_callback(self._bridge.done_callback("chat-done"))
        return request_id

    def clip_url(self, url: str) -> str:
        job = uuid.uuid4().hex
        fut = submit(lambda: self._clipper.clip(url).to_dict())
        fut.add_done_callback(self._bridge.done_callback("clip-done"))
        return job

    def quick_summary(self, text: str) -> str:
        return summarize_v1.quick_summary(text)

    def suggest_tags(self, note_id: str) -> list[str]:
        return self._tagger.tag_note(note_id)

    def suggest_title(self, body: str) -> str:
        return titles.suggest_title(body)

    def search(self, query: str, semantic: bool = True) -> list[dict]:
        if not semantic:
            return self._search.keyword(query)
        return self._search.search(query, top_k=10)

    def reindex(self) -> str:
        fut = submit(self._embeddings.index_missing,
                     lambda done, total: self._bridge.emit("index-progress", {"done": done, "total": total}))
        fut.add_done_callback(self._bridge.done_callback("index-done"))
        return "started"

    def improve_writing(self, text: str) -> str:
        resp = self._openai.chat.completions.create(
            model=load_settings().chat_model,
            messages=[
                {"role": "system", "content": "Fix grammar and clarity. Keep the author's voice and markdown."},
                {"role": "user", "content": text},
            ],
        )
        return resp.choices[0].message.content

    def rewrite(self, text: str, instruction: str) -> str:
        request_id = uuid.uuid4().hex
        quick_rewrite(text, instruction, self._bridge, request_id)
        return request_id

    def translate(self, text: str, lang: str) -> str:
        return translate(text, lang, load_settings().openrouter_model)

    def publish_check(self, text: str) -> dict:
        ok, cats = ModerationGate().check(text)
        return {"flagged": ok, "categories": cats}

    def transcribe(self, audio_b64: str) -> str:
        return transcribe.transcribe_voice_note(audio_b64)

    def weekly_digest(self) -> str:
        return run_coro(digest.weekly_digest(self._store)).result(timeout=120)

    def explain(self, note_id: str) -> str:
        return asyncio.run(digest.explain_note(self._store, note_id))

    def draw_cover(self, note_id: str) -> str | None:
        note = self._store.get(note_id)
        if note is None:
            return None
        img = llm.get_client("openai").images.generate(
            model="dall-e-3",
            prompt=f"A minimal abstract notebook cover illustrating: {note.title}",
            size="1024x1024",
            response_format="b64_json",
        )
        return img.data[0].b64_json

    def flashcards(self, note_id: str, engine: str = "claude") -> list[dict]:
        note = self._store.get(note_id)
        if note is None:
            return []
        if engine == "claude":
            cards = flashcards.cards_with_claude(note, self._deck, client=self._clipper.client)
        else:
            cards = flashcards.cards_with_openai(note, self._deck)
        return [{"q": c.q, "a": c.a} for c in cards]

    def related_questions(self, note_id: str) -> list[str]:
        return run_coro(digest.related_questions(self._store, note_id)).result(timeout=60)

    def backlinks(self, note_id: str) -> list[dict]:
        self._links.rebuild()
        return [self._store.get(n).to_dict() for n in self._links.backlinks(note_id)]

    def similar(self, note_id: str) -> list[dict]:
        out = []
        for nid, score in self._embeddings.similar_notes(note_id):
            note = self._store.get(nid)
            if note:
                out.append({"note": note.to_dict(), "score": score})
        return out

    def merge_tags(self) -> dict[str, str]:
        mapping = merge_similar_tags(self._store.all_tags(), self._embeddings.co)
        for note in self._store.all():
            new = sorted({mapping.get(t, t) for t in note.tags})
            if new != note.tags:
                self._store.update(note.id, tags=new)
        return mapping

    def ask_with_citations(self, question: str) -> dict:
        hits = self._search.search(question, top_k=5)
        return cohere_chat.ask_with_citations(question, [h["note"] for h in hits])

    def compare_models(self, prompt: str, models: list[str]) -> dict[str, str]:
        return openrouter_http.compare_models(prompt, models)

    def estimate_clip_cost(self, text: str) -> dict:
        tokens = self._clipper.estimate_tokens(text)
        return {"tokens": tokens, "usd": completion_cost(load_settings().summary_model, tokens, 700)}

    def chat_title(self, session_id: str) -> str:
        return run_coro(self._chat.title_for_session(session_id)).result(timeout=30)

    def pick_folder(self) -> str | None:
        window = self._bridge.window
        result = window.create_file_dialog(webview.FileDialog.FOLDER) if window else None
        return result[0] if result else None

    # ---- settings ----------------------------------------------------------
    def get_settings(self) -> dict:
        return asdict_safe(load_settings())

    def set_setting(self, key: str, value: Any) -> dict:
        s = update_settings(**{key: value})
        if key.startswith("keys."):
            llm.registry.invalidate()
            self._openai = llm.get_openai_client()
        return asdict_safe(s)

    def list_models(self) -> dict:
        return available_models()

    def usage(self) -> list[dict]:
        return usage_table()
