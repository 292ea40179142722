"""Thin re-export of the platform's LLM usage tracking.

``platform_llm`` is the shared internal package (installed from the internal
index, see requirements.txt).  New code should go through
``multi_model_service.generate_response``; legacy call-sites wrap their SDK
call in ``llm_tracker.track_llm_call``.
"""
from __future__ import annotations

from platform_llm.llm_usage_tracker import llm_tracker
from platform_llm.multi_model_service import TaskComplexity, multi_model_service

__all__ = ["TaskComplexity", "llm_tracker", "multi_model_service"]
