from .brand_voice import BrandVoiceWriter, CopyRequest
from .image_gen import ImageService, image_service
from .llm_usage_tracker import llm_tracker
from .multi_model_service import TaskComplexity, multi_model_service

__all__ = [
    "BrandVoiceWriter",
    "CopyRequest",
    "ImageService",
    "image_service",
    "llm_tracker",
    "TaskComplexity",
    "multi_model_service",
]
