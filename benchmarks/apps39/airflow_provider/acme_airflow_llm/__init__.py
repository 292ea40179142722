"""Acme in-house Airflow provider for LLM services.

Registered through the ``apache_airflow_provider`` entry point in ``pyproject.toml``.
"""
from __future__ import annotations

__version__ = "2.7.1"


def get_provider_info() -> dict:
    return {
        "package-name": "acme-airflow-llm",
        "name": "Acme LLM",
        "description": "Hooks, operators, sensors and triggers for the LLM vendors used at Acme.",
        "versions": [__version__],
        "connection-types": [
            {"hook-class-name": "acme_airflow_llm.hooks.openai.OpenAIHook", "connection-type": "acme_openai"},
            {"hook-class-name": "acme_airflow_llm.hooks.openai.AzureOpenAIHook", "connection-type": "acme_azure_openai"},
            {"hook-class-name": "acme_airflow_llm.hooks.anthropic.AnthropicHook", "connection-type": "acme_anthropic"},
            {"hook-class-name": "acme_airflow_llm.hooks.cohere.CohereHook", "connection-type": "acme_cohere"},
            {"hook-class-name": "acme_airflow_llm.hooks.groq.GroqHook", "connection-type": "acme_groq"},
        ],
        "hooks": [
            {
                "integration-name": "Acme LLM",
                "python-modules": [
                    "acme_airflow_llm.hooks.openai",
                    "acme_airflow_llm.hooks.anthropic",
                    "acme_airflow_llm.hooks.bedrock",
                    "acme_airflow_llm.hooks.cohere",
                    "acme_airflow_llm.hooks.groq",
                ],
            }
        ],
        "operators": [
            {
                "integration-name": "Acme LLM",
                "python-modules": [
                    "acme_airflow_llm.operators.openai",
                    "acme_airflow_llm.operators.anthropic",
                    "acme_airflow_llm.operators.bedrock",
                    "acme_airflow_llm.operators.cohere",
                    "acme_airflow_llm.operators.groq",
                    "acme_airflow_llm.operators.summarize",
                ],
            }
        ],
        "sensors": [
            {
                "integration-name": "Acme LLM",
                "python-modules": ["acme_airflow_llm.sensors.batch", "acme_airflow_llm.sensors.bedrock"],
            }
        ],
        "triggers": [
            {
                "integration-name": "Acme LLM",
                "python-modules": [
                    "acme_airflow_llm.triggers.openai",
                    "acme_airflow_llm.triggers.anthropic",
                    "acme_airflow_llm.triggers.groq",
                ],
            }
        ],
        "extra-links": [],
    }
