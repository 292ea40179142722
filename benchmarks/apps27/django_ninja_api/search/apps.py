import logging

import voyageai
from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger("homestead.llm")


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"

    voyage: voyageai.Client | None = None
    voyage_async: voyageai.AsyncClient | None = None
    embedding_model = settings.LLM_FEATURES["search_embeddings"]["model"]
    rerank_model = settings.LLM_FEATURES["search_rerank"]["model"]

    def ready(self):
        if not settings.LLM_ENABLED:
            return
        self.voyage = voyageai.Client(api_key=settings.VOYAGE_API_KEY, max_retries=3)
        self.voyage_async = voyageai.AsyncClient(api_key=settings.VOYAGE_API_KEY, max_retries=3)
        logger.info("voyage clients ready (embed=%s, rerank=%s)", self.embedding_model, self.rerank_model)
