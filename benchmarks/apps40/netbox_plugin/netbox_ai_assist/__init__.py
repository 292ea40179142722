"""NetBox AI Assist plugin."""
from netbox.plugins import PluginConfig

__version__ = "0.6.2"


class AIAssistConfig(PluginConfig):
    name = "netbox_ai_assist"
    verbose_name = "AI Assist"
    description = "LLM-assisted summaries, config review and search"
    version = __version__
    author = "NetOps Platform Team"
    author_email = "netops-platform@example.com"
    base_url = "ai-assist"
    min_version = "4.0.0"
    max_version = "4.2.99"
    required_settings = []
    default_settings = {
        "default_provider": "openai",
        "openai_api_key": None,
        "openai_model": "gpt-4o-mini",
        "azure_endpoint": None,
        "azure_api_key": None,
        "azure_api_version": "2024-06-01",
        "azure_deployment": "gpt-4o",
        "anthropic_api_key": None,
        "anthropic_model": "claude-3-5-sonnet-20241022",
        "bedrock_region": "us-east-1",
        "bedrock_model_id": "anthropic.claude-3-haiku-20240307-v1:0",
        "bedrock_embedding_model_id": "amazon.titan-embed-text-v2:0",
        "cohere_api_key": None,
        "cohere_embed_model": "embed-english-v3.0",
        "cohere_rerank_model": "rerank-english-v3.0",
        "openrouter_api_key": None,
        "openrouter_model": "meta-llama/llama-3.1-70b-instruct",
        "summarize_on_save": False,
        "moderate_journal_entries": True,
        "max_output_tokens": 1024,
        "request_timeout": 60,
    }

    def ready(self):
        super().ready()
        from . import signals  # noqa: F401


config = AIAssistConfig
