"""Project configuration helpers."""

from config.settings import LabellingConfig, EvalConfig, RagConfig, get_settings

__all__ = ["LabellingConfig", "EvalConfig", "RagConfig", "get_settings"]
