# -*- coding: utf-8 -*-
"""Plain-python service layer shared by all AI addons.

Nothing in here depends on the ORM except through an explicit ``env``
argument, so the package can also be used from scripts/ and odoo shell.
"""
from .clients import (
    get_openai_client,
    get_azure_client,
    get_anthropic_client,
    get_async_anthropic_client,
    get_mistral_client,
    get_genai_client,
    clients_from_env,
    reset_client_cache,
)
from .llm_usage_tracker import llm_tracker
from .multi_model_service import multi_model_service, TaskComplexity, run_sync
from . import registry
from . import prompts

__all__ = [
    "get_openai_client",
    "get_azure_client",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_mistral_client",
    "get_genai_client",
    "clients_from_env",
    "reset_client_cache",
    "llm_tracker",
    "multi_model_service",
    "TaskComplexity",
    "run_sync",
    "registry",
    "prompts",
]
