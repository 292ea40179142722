"""Domain services.  Import submodules directly; this package re-exports only the tracked path."""

from shared_code.services.multi_model_service import TaskComplexity, multi_model_service

__all__ = ["TaskComplexity", "multi_model_service"]
