import asyncio
import logging

import graphene
from django.core.exceptions import ValidationError
from saleor.graphql.core import ResolveInfo
from saleor.graphql.core.mutations import BaseMutation
from saleor.graphql.core.types import NonNullList, ProductError
from saleor.graphql.plugins.dataloaders import get_plugin_manager_promise
from saleor.permission.enums import ProductPermissions
from saleor.product.models import Product

from ... import settings as ai_settings
from ...llm import build_description_messages, get_together_client
from ...llm.prompts import to_anthropic
from ...models import DescriptionGenerationJob
from ...plugin_config import PLUGIN_ID
from ...services import images, seo
from ...services.llm_usage_tracker import llm_tracker
from ...services.multi_model_service import TaskComplexity, multi_model_service
from ...tasks import bulk_generate_descriptions_task
from .types import AIProvider, DescriptionGenerationJobType, GeneratedText, SeoSuggestion

logger = logging.getLogger(__name__)


def _get_plugin(info: ResolveInfo):
    manager = get_plugin_manager_promise(info.context).get()
    plugin = manager.get_plugin(PLUGIN_ID)
    if plugin is None or not plugin.active:
        raise ValidationError({"plugin": ValidationError("AI content plugin is not active.")})
    return plugin


class ProductGenerateDescription(BaseMutation):
    result = graphene.Field(GeneratedText)

    class Arguments:
        id = graphene.ID(required=True, description="Product ID.")
        provider = AIProvider(description="Override the configured provider.")
        language_code = graphene.String(default_value="en")

    class Meta:
        description = "Generate a description for a product (not saved)."
        permissions = (ProductPermissions.MANAGE_PRODUCTS,)
        error_type_class = ProductError
        error_type_field = "product_errors"

    @classmethod
    def perform_mutation(cls, _root, info: ResolveInfo, /, **data):
        plugin = _get_plugin(info)
        product = cls.get_node_or_error(info, data["id"], only_type="Product")
        provider = data.get("provider") or plugin.config.description_provider
        messages = build_description_messages(product, data["language_code"])
        if provider == "anthropic":
            system, rest = to_anthropic(messages)
            message = plugin.anthropic_client.messages.create(
                model=ai_settings.AI_CONTENT_ANTHROPIC_MODEL,
                system=system,
                messages=rest,
                max_tokens=400,
            )
            text = message.content[0].text
            model = message.model
        elif provider == "together":
            response = get_together_client(plugin.config.together_api_key).chat.completions.create(
                model=ai_settings.AI_CONTENT_TOGETHER_MODEL,
                messages=messages,
                max_tokens=400,
            )
            text = response.choices[0].message.content
            model = response.model
        else:
            result = plugin.description_generator.generate(product, data["language_code"], use_cache=False)
            text, model = result.text, result.model
        return ProductGenerateDescription(
            result=GeneratedText(text=text, provider=provider, model=model)
        )


class ProductGenerateSeo(BaseMutation):
    result = graphene.Field(SeoSuggestion)

    class Arguments:
        id = graphene.ID(required=True)
        use_claude = graphene.Boolean(default_value=False)

    class Meta:
        description = "Suggest SEO title and description."
        permissions = (ProductPermissions.MANAGE_PRODUCTS,)
        error_type_class = ProductError

    @classmethod
    def perform_mutation(cls, _root, info: ResolveInfo, /, **data):
        plugin = _get_plugin(info)
        product = cls.get_node_or_error(info, data["id"], only_type="Product")
        if data["use_claude"]:
            payload = seo.generate_seo_with_claude(
                product, plugin.config.anthropic_api_key, product.description_plaintext
            )
        else:
            payload = asyncio.run(seo.generate_seo_tracked(product, product.description_plaintext))
        return ProductGenerateSeo(result=SeoSuggestion(**payload))


class ProductMediaGenerateAltText(BaseMutation):
    alt = graphene.String()

    class Arguments:
        media_id = graphene.ID(required=True)

    class Meta:
        description = "Generate alt text for product media."
        permissions = (ProductPermissions.MANAGE_PRODUCTS,)
        error_type_class = ProductError

    @classmethod
    def perform_mutation(cls, _root, info: ResolveInfo, /, **data):
        plugin = _get_plugin(info)
        media = cls.get_node_or_error(info, data["media_id"], only_type="ProductMedia")
        alt = images.generate_alt_text(media.image.url, media.product.name, plugin.config.openai_api_key)
        media.alt = alt[:250]
        media.save(update_fields=["alt"])
        return ProductMediaGenerateAltText(alt=media.alt)


class ProductBulkGenerateDescriptions(BaseMutation):
    job = graphene.Field(DescriptionGenerationJobType)

    class Arguments:
        ids = NonNullList(graphene.ID, required=True)
        provider = AIProvider()
        language_code = graphene.String(default_value="en")

    class Meta:
        description = "Queue description generation for many products."
        permissions = (ProductPermissions.MANAGE_PRODUCTS,)
        error_type_class = ProductError

    @classmethod
    def perform_mutation(cls, _root, info: ResolveInfo, /, **data):
        plugin = _get_plugin(info)
        pks = cls.get_global_ids_or_error(data["ids"], only_type="Product")
        job = DescriptionGenerationJob.objects.create(
            requested_by=info.context.user,
            product_ids=[int(pk) for pk in pks],
            provider=data.get("provider") or plugin.config.description_provider,
            language_code=data["language_code"],
        )
        bulk_generate_descriptions_task.delay(job.pk)
        return ProductBulkGenerateDescriptions(job=job)


class ProductRewriteName(BaseMutation):
    """Suggest a cleaner product name (tracked through the usage tracker)."""

    name = graphene.String()

    class Arguments:
        id = graphene.ID(required=True)

    class Meta:
        description = "Suggest a product name."
        permissions = (ProductPermissions.MANAGE_PRODUCTS,)
        error_type_class = ProductError

    @classmethod
    def perform_mutation(cls, _root, info: ResolveInfo, /, **data):
        plugin = _get_plugin(info)
        product = cls.get_node_or_error(info, data["id"], only_type="Product")

        async def _rewrite():
            client = plugin.anthropic_client
            async with llm_tracker.track_llm_call(
                provider="anthropic",
                model="claude-3-5-haiku-20241022",
                feature_context="product_name_rewrite",
                object_id=str(product.pk),
            ) as usage_log:
                message = client.messages.create(
                    model="claude-3-5-haiku-20241022",
                    max_tokens=40,
                    messages=[{"role": "user", "content": f"Suggest a cleaner product name: {product.name}"}],
                )
                usage_log.input_tokens = message.usage.input_tokens
                usage_log.output_tokens = message.usage.output_tokens
            return message.content[0].text.strip()

        return ProductRewriteName(name=asyncio.run(_rewrite()))


class ProductSummarizeReviews(BaseMutation):
    summary = graphene.String()

    class Arguments:
        id = graphene.ID(required=True)

    class Meta:
        description = "Summarize product reviews."
        permissions = (ProductPermissions.MANAGE_PRODUCTS,)
        error_type_class = ProductError

    @classmethod
    def perform_mutation(cls, _root, info: ResolveInfo, /, **data):
        product = cls.get_node_or_error(info, data["id"], only_type="Product")
        reviews = list(product.metadata.get("reviews", []))[:50]
        summary = asyncio.run(
            multi_model_service.generate_response(
                prompt="Summarize these reviews:\n" + "\n".join(reviews),
                task_type="review_summary",
                complexity=TaskComplexity.AGENTIC,
                object_id=str(product.pk),
            )
        )
        return ProductSummarizeReviews(summary=summary)
