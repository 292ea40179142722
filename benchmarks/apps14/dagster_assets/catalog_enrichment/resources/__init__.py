from .anthropic_resource import AnthropicResource
from .cohere_resource import CohereResource
from .data_stores import EnrichmentRunLog, S3Resource, WarehouseResource
from .mistral_resource import MistralResource
from .openai_resource import OpenAIResource
from .together_resource import TogetherResource
from .vertex_resource import VertexAIResource

__all__ = [
    "AnthropicResource",
    "CohereResource",
    "EnrichmentRunLog",
    "MistralResource",
    "OpenAIResource",
    "S3Resource",
    "TogetherResource",
    "VertexAIResource",
    "WarehouseResource",
]
