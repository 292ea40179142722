from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import List, Optional, Tuple

from itemadapter import ItemAdapter
from scrapy.exceptions import NotConfigured
from twisted.internet import defer, threads

from pricewatch.items import ProductItem
from pricewatch.llm.clients import get_together_client
from pricewatch.llm.registry import DEFAULT_MODELS, get_embedder

logger = logging.getLogger(__name__)


def embedding_text(adapter: ItemAdapter) -> str:
    parts = [adapter.get("title_en") or adapter.get("title") or "", adapter.get("brand") or ""]
    if adapter.get("category"):
        parts.append(adapter["category"])
    if adapter.get("summary"):
        parts.append(adapter["summary"])
    return " | ".join(p for p in parts if p)


class EmbeddingPipeline:
    """Buffers items and embeds them in batches.

    Items are held back until their batch is embedded, so the storage pipeline
    always sees the vector. Together is the default; other back-ends go through
    pricewatch.llm.registry.
    """

    def __init__(self, provider: str, model: str, batch_size: int, stats):
        self.provider = provider
        self.model = model
        self.batch_size = batch_size
        self.stats = stats
        self._buffer: List[Tuple[ItemAdapter, defer.Deferred]] = []
        self._executor: Optional[ThreadPoolExecutor] = None
        self._client = None

    @classmethod
    def from_crawler(cls, crawler):
        provider = crawler.settings.get("PRICEWATCH_EMBEDDING_PROVIDER")
        if not provider:
            raise NotConfigured
        model = crawler.settings.get("PRICEWATCH_EMBEDDING_MODEL") or DEFAULT_MODELS[provider]
        return cls(provider, model, crawler.settings.getint("PRICEWATCH_EMBEDDING_BATCH_SIZE", 64), crawler.stats)

    def open_spider(self, spider):
        self._executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="embed")
        if self.provider == "together":
            self._client = get_together_client()

    def close_spider(self, spider):
        d = self._flush()
        d.addBoth(lambda _: self._executor.shutdown(wait=True))
        return d

    def process_item(self, item, spider):
        if not isinstance(item, ProductItem):
            return item
        adapter = ItemAdapter(item)
        done = defer.Deferred()
        done.addCallback(lambda _: item)
        self._buffer.append((adapter, done))
        if len(self._buffer) >= self.batch_size:
            self._flush()
        return done

    def _flush(self) -> defer.Deferred:
        if not self._buffer:
            return defer.succeed(None)
        batch, self._buffer = self._buffer, []
        texts = [embedding_text(a) for a, _ in batch]

        if self._client is not None:
            future: Future = self._executor.submit(self._client.embeddings.create, model=self.model, input=texts)
            result = defer.Deferred.fromFuture(_wrap_future(future))
            result.addCallback(lambda resp: [row.embedding for row in sorted(resp.data, key=lambda r: r.index)])
        else:
            embed = get_embedder(self.provider)
            result = threads.deferToThread(embed, texts, self.model)

        def _assign(vectors):
            for (adapter, done), vector in zip(batch, vectors):
                adapter["embedding"] = vector
                done.callback(None)
            self.stats.inc_value("pricewatch/embeddings", len(batch))

        def _failed(failure):
            logger.error("embedding batch of %d failed: %s", len(batch), failure.getErrorMessage())
            self.stats.inc_value("pricewatch/embeddings/failed_batches")
            for _, done in batch:
                done.callback(None)

        result.addCallbacks(_assign, _failed)
        return result


def _wrap_future(future: Future):
    import asyncio

    return asyncio.wrap_future(future)
