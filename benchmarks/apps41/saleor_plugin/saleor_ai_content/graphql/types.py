import graphene

from saleor.graphql.core.types import ModelObjectType, NonNullList

from ..models import DescriptionGenerationJob


class AIProvider(graphene.Enum):
    OPENAI = "openai"
    ANTHROPIC = "anthropic"
    TOGETHER = "together"


class GeneratedText(graphene.ObjectType):
    text = graphene.String(required=True)
    provider = graphene.String(required=True)
    model = graphene.String()


class SeoSuggestion(graphene.ObjectType):
    seo_title = graphene.String()
    seo_description = graphene.String()


class DescriptionGenerationJobType(ModelObjectType[DescriptionGenerationJob]):
    id = graphene.GlobalID(required=True)
    status = graphene.String(required=True)
    processed = graphene.Int(required=True)
    failed = graphene.Int(required=True)
    product_ids = NonNullList(graphene.Int, required=True)

    class Meta:
        model = DescriptionGenerationJob
        interfaces = [graphene.relay.Node]
        name = "DescriptionGenerationJob"


class SearchHit(graphene.ObjectType):
    product_id = graphene.ID(required=True)
    name = graphene.String(required=True)
