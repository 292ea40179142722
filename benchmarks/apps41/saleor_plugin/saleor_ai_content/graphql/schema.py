import logging

import graphene

from saleor.graphql.core.fields import PermissionsField
from saleor.graphql.plugins.dataloaders import get_plugin_manager_promise
from saleor.permission.enums import ProductPermissions
from saleor.product.models import Product

from ..models import DescriptionGenerationJob, ProductEmbedding
from ..plugin_config import PLUGIN_ID
from ..services.search import ProductSearchService
from .mutations import (
    ProductBulkGenerateDescriptions,
    ProductGenerateDescription,
    ProductGenerateSeo,
    ProductMediaGenerateAltText,
    ProductRewriteName,
    ProductSummarizeReviews,
)
from .types import DescriptionGenerationJobType, SearchHit

logger = logging.getLogger(__name__)


class ProductSemanticSearch:
    @staticmethod
    def resolve(info, query: str, first: int = 20):
        manager = get_plugin_manager_promise(info.context).get()
        plugin = manager.get_plugin(PLUGIN_ID)
        if plugin is None or not plugin.active:
            return []
        backend = plugin.get_search_backend()
        service = ProductSearchService(backend)
        rows = (
            ProductEmbedding.objects.filter(provider=backend.name)
            .select_related("product")
            .only("vector", "product__id", "product__name")[:2000]
        )
        candidates = [(row.product, row.vector) for row in rows]
        try:
            products = service.search(query, candidates, limit=first)
        except Exception:
            logger.exception("semantic search failed, falling back to ILIKE")
            products = Product.objects.filter(name__icontains=query)[:first]
        return [SearchHit(product_id=p.pk, name=p.name) for p in products]


class AIContentQueries(graphene.ObjectType):
    description_generation_job = PermissionsField(
        DescriptionGenerationJobType,
        id=graphene.Argument(graphene.ID, required=True),
        permissions=[ProductPermissions.MANAGE_PRODUCTS],
    )
    semantic_product_search = graphene.List(
        graphene.NonNull(SearchHit),
        query=graphene.String(required=True),
        first=graphene.Int(default_value=20),
    )

    @staticmethod
    def resolve_description_generation_job(_root, info, *, id):
        _, pk = graphene.Node.from_global_id(id)
        return DescriptionGenerationJob.objects.filter(pk=pk).first()

    @staticmethod
    def resolve_semantic_product_search(_root, info, *, query, first):
        return ProductSemanticSearch.resolve(info, query, first)


class AIContentMutations(graphene.ObjectType):
    product_generate_description = ProductGenerateDescription.Field()
    product_generate_seo = ProductGenerateSeo.Field()
    product_media_generate_alt_text = ProductMediaGenerateAltText.Field()
    product_bulk_generate_descriptions = ProductBulkGenerateDescriptions.Field()
    product_rewrite_name = ProductRewriteName.Field()
    product_summarize_reviews = ProductSummarizeReviews.Field()
