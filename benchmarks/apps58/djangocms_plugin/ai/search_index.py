"""Site-search index. Still on OpenAI embeddings until the Voyage migration is done."""
import logging

from cms.models import Page
from django.utils.html import strip_tags

from ai.embeddings import openai_embedding
from ai.clients import get_openai

logger = logging.getLogger(__name__)


class SearchIndex:
    def __init__(self, backend):
        self.backend = backend  # our Elasticsearch wrapper

    def index_page(self, page: Page, language: str):
        title = page.get_title(language)
        text = strip_tags(" ".join(self._placeholder_text(page, language)))
        vector = openai_embedding(f"{title}\n{text}")
        self.backend.create(index="pages", id=f"{page.pk}-{language}",
                            document={"title": title, "text": text, "vector": vector})

    def index_batch(self, pages, language):
        texts = [strip_tags(" ".join(self._placeholder_text(p, language))) for p in pages]
        resp = get_openai().embeddings.create(model="text-embedding-3-small", input=texts)
        for page, item in zip(pages, resp.data):
            self.backend.create(index="pages", id=f"{page.pk}-{language}",
                                document={"title": page.get_title(language), "vector": item.embedding})

    def _placeholder_text(self, page, language):
        for placeholder in page.get_placeholders():
            for plugin in placeholder.get_plugins(language):
                instance, _ = plugin.get_plugin_instance()
                body = getattr(instance, "body", None)
                if body:
                    yield body
