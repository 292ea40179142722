"""Shared package baked into the llm-batch component image.

Components built with ``@dsl.component(target_image=...)`` import from here.
Keep the top-level import cheap: KFP imports the component module at
container start, before the executor resolves inputs.
"""

from llm_batch.clients import (
    get_anthropic_vertex,
    get_cohere,
    get_genai_client,
    get_openai,
    get_voyage,
    init_vertex,
)
from llm_batch.config import Settings, load_settings

__all__ = [
    "Settings",
    "load_settings",
    "get_anthropic_vertex",
    "get_cohere",
    "get_genai_client",
    "get_openai",
    "get_voyage",
    "init_vertex",
]

__version__ = "0.7.2"
