from netauto.processors.summary import LLMSummaryProcessor, ResultCollector
from netauto.processors.progress import ProgressProcessor

__all__ = ["LLMSummaryProcessor", "ResultCollector", "ProgressProcessor"]
