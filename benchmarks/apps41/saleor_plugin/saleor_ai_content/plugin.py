import logging
from dataclasses import dataclass
from typing import Any, Optional

from django.utils.functional import cached_property
from saleor.plugins.base_plugin import BasePlugin

from . import llm
from .llm.registry import get_completer
from .plugin_config import CONFIG_STRUCTURE, DEFAULT_CONFIGURATION, PLUGIN_ID
from .services.checkout_assistant import (
    UPSELL_METADATA_KEY,
    UpsellAssistant,
    checkout_lines_payload,
)
from .services.descriptions import DescriptionGenerator
from .services.search import (
    CohereSearchBackend,
    VoyageSearchBackend,
    content_hash,
    product_search_text,
)

logger = logging.getLogger(__name__)


@dataclass
class AIContentConfiguration:
    openai_api_key: Optional[str]
    anthropic_api_key: Optional[str]
    together_api_key: Optional[str]
    cohere_api_key: Optional[str]
    voyage_api_key: Optional[str]
    description_provider: str
    description_tone: str
    generate_on_product_created: bool
    summarize_orders: bool
    checkout_upsell: bool
    search_backend: str


class AIContentPlugin(BasePlugin):
    PLUGIN_ID = PLUGIN_ID
    PLUGIN_NAME = "AI content"
    PLUGIN_DESCRIPTION = "Generates product copy, SEO metadata and semantic search vectors."
    CONFIGURATION_PER_CHANNEL = False
    DEFAULT_ACTIVE = False
    DEFAULT_CONFIGURATION = DEFAULT_CONFIGURATION
    CONFIG_STRUCTURE = CONFIG_STRUCTURE

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        configuration = {item["name"]: item["value"] for item in self.configuration}
        self.config = AIContentConfiguration(
            openai_api_key=configuration["openai_api_key"],
            anthropic_api_key=configuration["anthropic_api_key"],
            together_api_key=configuration["together_api_key"],
            cohere_api_key=configuration["cohere_api_key"],
            voyage_api_key=configuration["voyage_api_key"],
            description_provider=configuration["description_provider"] or "openai",
            description_tone=configuration["description_tone"] or "friendly",
            generate_on_product_created=bool(configuration["generate_on_product_created"]),
            summarize_orders=bool(configuration["summarize_orders"]),
            checkout_upsell=bool(configuration["checkout_upsell"]),
            search_backend=configuration["search_backend"] or "cohere",
        )

    # -- clients -------------------------------------------------------

    @cached_property
    def openai_client(self):
        return llm.get_openai_client(self.config.openai_api_key)

    @cached_property
    def anthropic_client(self):
        return llm.get_anthropic_client(self.config.anthropic_api_key)

    @cached_property
    def cohere_client(self):
        return llm.get_cohere_client(self.config.cohere_api_key)

    @cached_property
    def description_generator(self) -> DescriptionGenerator:
        return DescriptionGenerator(
            openai_client=self.openai_client,
            anthropic_client=self.anthropic_client,
            provider=self.config.description_provider,
            tone=self.config.description_tone,
        )

    def get_search_backend(self):
        if self.config.search_backend == "voyage":
            return VoyageSearchBackend(llm.get_voyage_client(self.config.voyage_api_key))
        return CohereSearchBackend(self.cohere_client)

    @classmethod
    def validate_plugin_configuration(cls, plugin_configuration, **kwargs):
        from django.core.exceptions import ValidationError

        configuration = {item["name"]: item["value"] for item in plugin_configuration.configuration}
        provider = configuration.get("description_provider") or "openai"
        if plugin_configuration.active and not configuration.get(f"{provider}_api_key"):
            raise ValidationError(
                {f"{provider}_api_key": ValidationError(f"API key for {provider} is required.")}
            )
        llm.reset_clients()

    # -- webhook style hooks -------------------------------------------

    def product_created(self, product: "Product", previous_value: Any) -> Any:
        if not self.active or not self.config.generate_on_product_created:
            return previous_value
        if product.description:
            return previous_value
        from .tasks import generate_product_descriptions_task

        generate_product_descriptions_task.delay([product.pk], provider=self.config.description_provider)
        return previous_value

    def product_updated(self, product: "Product", previous_value: Any) -> Any:
        if not self.active:
            return previous_value
        from .models import ProductEmbedding

        text = product_search_text(product)
        digest = content_hash(text)
        existing = ProductEmbedding.objects.filter(product=product).first()
        if existing and existing.content_hash == digest:
            return previous_value
        if self.config.search_backend == "cohere":
            response = self.cohere_client.embed(
                texts=[text],
                model="embed-multilingual-v3.0",
                input_type="search_document",
                embedding_types=["float"],
            )
            vector = response.embeddings.float_[0]
        else:
            vector = self.get_search_backend().embed_documents([text])[0]
        ProductEmbedding.objects.update_or_create(
            product=product,
            defaults={
                "provider": self.config.search_backend,
                "model": "embed-multilingual-v3.0",
                "vector": vector,
                "content_hash": digest,
            },
        )
        return previous_value

    def order_created(self, order: "Order", previous_value: Any) -> Any:
        if not self.active or not self.config.summarize_orders:
            return previous_value
        from .services.order_notes import attach_warehouse_note

        try:
            attach_warehouse_note(order, self.anthropic_client)
        except Exception:  # never break checkout completion
            logger.exception("Could not summarize order %s", order.pk)
        return previous_value

    def checkout_updated(self, checkout: "Checkout", previous_value: Any) -> Any:
        if not self.active or not self.config.checkout_upsell:
            return previous_value
        lines = checkout_lines_payload(checkout)
        candidates = self._upsell_candidates(checkout)
        assistant = UpsellAssistant(api_key=self.config.together_api_key)
        try:
            picks = assistant.suggest(lines, [c.name for c in candidates])
        except Exception:
            logger.exception("upsell failed for checkout %s", checkout.pk)
            return previous_value
        checkout.store_value_in_metadata({UPSELL_METADATA_KEY: [candidates[i].pk for i in picks]})
        checkout.save(update_fields=["metadata"])
        return previous_value

    def _upsell_candidates(self, checkout, limit: int = 8):
        from saleor.product.models import Product

        category_ids = {line.variant.product.category_id for line in checkout.lines.all()}
        return list(
            Product.objects.filter(category_id__in=category_ids)
            .exclude(variants__checkout_lines__checkout=checkout)
            .order_by("-rating")[:limit]
        )

    # -- helpers used by graphql mutations -----------------------------

    def complete(self, messages, provider: Optional[str] = None, **kwargs) -> str:
        provider = provider or self.config.description_provider
        api_key = getattr(self.config, f"{provider}_api_key", None)
        return get_completer(provider)(messages, api_key=api_key, **kwargs)

    def explain_product_for_support(self, product) -> str:
        """Short internal explanation used by the support dashboard tab."""
        response = self.openai_client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": "Explain this product to a support agent in 3 bullet points."},
                {"role": "user", "content": product_search_text(product)},
            ],
            max_tokens=200,
        )
        return response.choices[0].message.content
