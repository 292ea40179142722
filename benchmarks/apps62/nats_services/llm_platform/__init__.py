"""Tracked LLM path. New code: ``multi_model_service.generate_response``."""
