"""Luigi config sections.

Values come from luigi.cfg / LUIGI_CONFIG_PATH; API keys fall back to the
environment so that nobody has to put secrets in the cfg file.
"""
import os

import luigi


class llm_providers(luigi.Config):  # noqa: N801 - section name must match luigi.cfg
    default_provider = luigi.Parameter(default="openai")
    default_model = luigi.Parameter(default="gpt-4o-mini")

    openai_api_key = luigi.Parameter(default=os.environ.get("OPENAI_API_KEY", ""), significant=False)
    anthropic_api_key = luigi.Parameter(default=os.environ.get("ANTHROPIC_API_KEY", ""), significant=False)
    mistral_api_key = luigi.Parameter(default=os.environ.get("MISTRAL_API_KEY", ""), significant=False)
    cohere_api_key = luigi.Parameter(default=os.environ.get("CO_API_KEY", ""), significant=False)
    google_api_key = luigi.Parameter(default=os.environ.get("GOOGLE_API_KEY", ""), significant=False)
    together_api_key = luigi.Parameter(default=os.environ.get("TOGETHER_API_KEY", ""), significant=False)
    together_base_url = luigi.Parameter(default="https://api.together.xyz/v1")

    aws_region = luigi.Parameter(default="eu-west-1")
    aws_profile = luigi.OptionalParameter(default=None)

    request_timeout = luigi.FloatParameter(default=60.0)
    max_retries = luigi.IntParameter(default=2)
    pool_size = luigi.IntParameter(default=4)


class catalogue(luigi.Config):  # noqa: N801
    data_root = luigi.Parameter(default="data")
    source_csv = luigi.Parameter(default="data/titles.csv")
    batch_size = luigi.IntParameter(default=50)
    imprints = luigi.ListParameter(default=["Harbour Press", "Gullwing", "Marrow & Finch"])


# Model defaults per provider.  Tasks may override with --model.
DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-sonnet-20241022",
    "mistral": "mistral-large-latest",
    "cohere": "command-r-plus-08-2024",
    "google": "gemini-1.5-flash",
    "together": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    "bedrock": "anthropic.claude-3-haiku-20240307-v1:0",
}

EMBEDDING_MODELS = {
    "openai": "text-embedding-3-small",
    "mistral": "mistral-embed",
    "cohere": "embed-english-v3.0",
    "google": "text-embedding-004",
    "bedrock": "amazon.titan-embed-text-v2:0",
}


def data_path(*parts):
    return os.path.join(catalogue().data_root, *parts)
