from mage_pipeline.utils.services.llm_usage_tracker import llm_tracker
from mage_pipeline.utils.services.multi_model_service import TaskComplexity, multi_model_service

__all__ = ['TaskComplexity', 'llm_tracker', 'multi_model_service']
