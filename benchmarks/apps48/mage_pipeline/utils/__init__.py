"""Shared helpers for the support-ticket enrichment pipelines.

Blocks should import from here rather than the submodules so we can move
things around without touching every block (see #212).
"""
from mage_pipeline.utils.clients import (
    get_anthropic_client,
    get_cohere_client,
    get_openai_client,
    get_together_client,
    together_openai_compat,
)
from mage_pipeline.utils.prompts import (
    CATEGORY_LABELS,
    build_classification_messages,
    build_summary_prompt,
    truncate_thread,
)

__all__ = [
    'CATEGORY_LABELS',
    'build_classification_messages',
    'build_summary_prompt',
    'get_anthropic_client',
    'get_cohere_client',
    'get_openai_client',
    'get_together_client',
    'together_openai_compat',
    'truncate_thread',
]
