from lexbrief.services.multi_model_service import TaskComplexity, multi_model_service

__all__ = ["TaskComplexity", "multi_model_service"]
