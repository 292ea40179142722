"""Custom sinks."""
from __future__ import annotations

import json
import logging
from typing import Any

from bytewax.outputs import DynamicSink, StatelessSinkPartition

from clients.http import HF_ROUTER_CHAT_URL, get_http, helpdesk_headers, hf_headers
from common.config import get_settings
from common.schema import EmbeddedDoc, ReplyDraft

log = logging.getLogger(__name__)


# --- search index -----------------------------------------------------------------


class _SearchPartition(StatelessSinkPartition[tuple[str, str, dict]]):
    def __init__(self, embed_client: Any, model: str, index_url: str):
        self._embed_client = embed_client
        self._model = model
        self._index_url = index_url

    def write_batch(self, items: list[tuple[str, str, dict]]) -> None:
        if not items:
            return
        resp = self._embed_client.embeddings.create(model=self._model, input=[t for _, t, _ in items])
        docs = [
            EmbeddedDoc(doc_id=doc_id, text=text, vector=d.embedding, model=self._model, metadata=meta)
            for (doc_id, text, meta), d in zip(items, resp.data)
        ]
        lines = []
        for doc in docs:
            lines.append(json.dumps({"index": {"_id": doc.doc_id}}))
            lines.append(json.dumps({"text": doc.text, "vector": doc.vector, "model": doc.model, **doc.metadata}))
        r = get_http().post(
            f"{self._index_url}/_bulk",
            content="\n".join(lines) + "\n",
            headers={"Content-Type": "application/x-ndjson"},
        )
        r.raise_for_status()


class SearchIndexSink(DynamicSink[tuple[str, str, dict]]):
    """Embeds chunks in ``write_batch`` (so batching follows Bytewax epochs) and bulk-indexes them."""

    def __init__(self, client_factory, model: str | None = None, index: str | None = None):
        settings = get_settings()
        self._client_factory = client_factory
        self._model = model or settings.models.embed_model
        self._index_url = f"{settings.search_url}/{index or settings.search_index}"

    def build(self, step_id: str, worker_index: int, worker_count: int) -> _SearchPartition:
        return _SearchPartition(self._client_factory(), self._model, self._index_url)


# --- reply drafts --------------------------------------------------------------------


class _DraftPartition(StatelessSinkPartition[ReplyDraft]):
    def __init__(self, worker_index: int, translate: bool):
        self._worker_index = worker_index
        self._translate = translate

    def _translate_body(self, draft: ReplyDraft, target_lang: str) -> str:
        payload = {
            "model": get_settings().models.hf_chat_model,
            "messages": [
                {"role": "system", "content": f"Translate the support reply into {target_lang}. Keep formatting."},
                {"role": "user", "content": draft.body},
            ],
            "max_tokens": 800,
        }
        resp = get_http().post(HF_ROUTER_CHAT_URL, json=payload, headers=hf_headers())
        resp.raise_for_status()
        return resp.json()["choices"][0]["message"]["content"]

    def write_batch(self, items: list[ReplyDraft]) -> None:
        settings = get_settings()
        for draft in items:
            body = draft.body
            lang = getattr(draft, "language", None)
            if self._translate and lang and lang != "en":
                body = self._translate_body(draft, lang)
            if settings.dry_run:
                log.info("dry-run draft for %s: %s", draft.conversation_id, body[:80])
                continue
            get_http().post(
                f"{settings.helpdesk_url}/api/v2/tickets/{draft.conversation_id}/drafts.json",
                json={"draft": {"body": body, "author": "triage-bot", "model": draft.model}},
                headers=helpdesk_headers(),
            )


class ReplyDraftSink(DynamicSink[ReplyDraft]):
    def __init__(self, translate: bool = True):
        self.translate = translate

    def build(self, step_id: str, worker_index: int, worker_count: int) -> _DraftPartition:
        return _DraftPartition(worker_index, self.translate)


# --- summaries -------------------------------------------------------------------------


class _SummaryPartition(StatelessSinkPartition[tuple[str, str]]):
    def write_batch(self, items: list[tuple[str, str]]) -> None:
        settings = get_settings()
        for conversation_id, summary in items:
            get_http().put(
                f"{settings.helpdesk_url}/api/v2/tickets/{conversation_id}.json",
                json={"ticket": {"custom_fields": [{"id": 3600012, "value": summary}]}},
                headers=helpdesk_headers(),
            )


class SummarySink(DynamicSink[tuple[str, str]]):
    def build(self, step_id: str, worker_index: int, worker_count: int) -> _SummaryPartition:
        return _SummaryPartition()
