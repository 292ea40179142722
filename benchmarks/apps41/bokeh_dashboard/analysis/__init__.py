"""Model-backed analysis helpers for the Ops Insights dashboard."""
from analysis.clients import (
    get_anthropic_client,
    get_fireworks_client,
    get_mistral_client,
    get_openai_client,
    make_bedrock_runtime,
)
from analysis.explain import ChartExplainer, Explanation, explain_chart_openai
from analysis.summarize import summarize_with_claude, summarize_with_mistral

__all__ = [
    "ChartExplainer",
    "Explanation",
    "explain_chart_openai",
    "get_anthropic_client",
    "get_fireworks_client",
    "get_mistral_client",
    "get_openai_client",
    "make_bedrock_runtime",
    "summarize_with_claude",
    "summarize_with_mistral",
]
