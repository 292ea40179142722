"""Nautobot AI assistants app."""

from importlib import metadata

from nautobot.apps import NautobotAppConfig

__version__ = metadata.version(__name__.replace("_", "-"))


class NautobotAIConfig(NautobotAppConfig):
    """App configuration for nautobot_ai."""

    name = "nautobot_ai"
    verbose_name = "Nautobot AI"
    version = __version__
    author = "NetEng Automation"
    description = "LLM-backed assistants for config review, change planning and syslog triage."
    base_url = "ai"
    required_settings = []
    min_version = "2.2.0"
    max_version = "2.9999"
    default_settings = {
        "default_provider": "openai",
        "openai_model": "gpt-4o-mini",
        "openai_embedding_model": "text-embedding-3-small",
        "anthropic_model": "claude-3-5-sonnet-20240620",
        "bedrock_model_id": "anthropic.claude-3-haiku-20240307-v1:0",
        "bedrock_region": "us-east-1",
        "mistral_model": "mistral-small-latest",
        "ollama_host": "http://ollama.netops.svc:11434",
        "ollama_model": "llama3.1:8b",
        "secrets_group": "LLM Providers",
        "max_config_chars": 60000,
        "request_timeout": 60,
    }
    caching_config = {}
    jobs = "jobs.jobs"

    def ready(self):
        super().ready()
        from nautobot_ai import signals  # noqa: F401  pylint: disable=import-outside-toplevel


config = NautobotAIConfig  # pylint:disable=invalid-name
