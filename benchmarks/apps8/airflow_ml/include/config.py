"""Central settings for the catalogue ML pipelines.

Values come from environment variables (set in the Astro deployment) with
sane defaults for local `astro dev start`.
"""
import os
from dataclasses import dataclass, field
from typing import Dict


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class BedrockSettings:
    region: str = _env("BEDROCK_REGION", "eu-central-1")
    aws_conn_id: str = _env("BEDROCK_AWS_CONN_ID", "aws_bedrock")
    claude_model_id: str = _env(
        "BEDROCK_CLAUDE_MODEL_ID", "anthropic.claude-3-5-sonnet-20240620-v1:0"
    )
    haiku_model_id: str = _env(
        "BEDROCK_HAIKU_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0"
    )
    titan_embed_model_id: str = _env(
        "BEDROCK_TITAN_EMBED_MODEL_ID", "amazon.titan-embed-text-v2:0"
    )
    batch_role_arn: str = _env(
        "BEDROCK_BATCH_ROLE_ARN", "arn:aws:iam::123456789012:role/bedrock-batch-inference"
    )


@dataclass(frozen=True)
class WatsonxSettings:
    url: str = _env("WATSONX_URL", "https://eu-de.ml.cloud.ibm.com")
    project_id: str = _env("WATSONX_PROJECT_ID", "")
    conn_id: str = _env("WATSONX_CONN_ID", "watsonx_default")
    extraction_model: str = _env("WATSONX_EXTRACTION_MODEL", "ibm/granite-3-8b-instruct")
    summary_model: str = _env("WATSONX_SUMMARY_MODEL", "meta-llama/llama-3-3-70b-instruct")
    embedding_model: str = _env("WATSONX_EMBED_MODEL", "ibm/slate-125m-english-rtrvr-v2")


@dataclass(frozen=True)
class TogetherSettings:
    conn_id: str = _env("TOGETHER_CONN_ID", "together_default")
    chat_model: str = _env("TOGETHER_CHAT_MODEL", "meta-llama/Llama-3.3-70B-Instruct-Turbo")
    small_model: str = _env("TOGETHER_SMALL_MODEL", "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo")
    embedding_model: str = _env("TOGETHER_EMBED_MODEL", "BAAI/bge-large-en-v1.5")
    rerank_model: str = _env("TOGETHER_RERANK_MODEL", "Salesforce/Llama-Rank-v1")
    image_model: str = _env("TOGETHER_IMAGE_MODEL", "black-forest-labs/FLUX.1-schnell")


@dataclass(frozen=True)
class HuggingFaceSettings:
    conn_id: str = _env("HF_CONN_ID", "hf_inference")
    provider: str = _env("HF_INFERENCE_PROVIDER", "hf-inference")
    chat_model: str = _env("HF_CHAT_MODEL", "meta-llama/Llama-3.1-8B-Instruct")
    embedding_model: str = _env("HF_EMBED_MODEL", "sentence-transformers/all-MiniLM-L6-v2")
    zero_shot_model: str = _env("HF_ZERO_SHOT_MODEL", "facebook/bart-large-mnli")
    image_model: str = _env("HF_IMAGE_MODEL", "stabilityai/stable-diffusion-xl-base-1.0")


@dataclass(frozen=True)
class FireworksSettings:
    conn_id: str = _env("FIREWORKS_CONN_ID", "fireworks_default")
    account_id: str = _env("FIREWORKS_ACCOUNT_ID", "catalogue-platform")
    chat_model: str = _env(
        "FIREWORKS_CHAT_MODEL", "accounts/fireworks/models/llama-v3p1-70b-instruct"
    )
    completion_model: str = _env(
        "FIREWORKS_COMPLETION_MODEL", "accounts/fireworks/models/llama-v3p1-8b-instruct"
    )


@dataclass(frozen=True)
class DeepSeekSettings:
    conn_id: str = _env("DEEPSEEK_CONN_ID", "deepseek_default")
    chat_model: str = _env("DEEPSEEK_CHAT_MODEL", "deepseek-chat")
    reasoner_model: str = _env("DEEPSEEK_REASONER_MODEL", "deepseek-reasoner")


@dataclass(frozen=True)
class Settings:
    environment: str = _env("DEPLOY_ENV", "dev")
    catalogue_conn_id: str = _env("CATALOGUE_PG_CONN_ID", "catalogue_pg")
    artifacts_bucket: str = _env("ARTIFACTS_BUCKET", "catalogue-ml-artifacts-dev")
    slack_webhook_url: str = _env("SLACK_DATA_ALERTS_WEBHOOK", "")
    default_locale: str = "en_GB"
    target_locales: tuple = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
    batch_size: int = int(_env("ENRICH_BATCH_SIZE", "50"))
    bedrock: BedrockSettings = field(default_factory=BedrockSettings)
    watsonx: WatsonxSettings = field(default_factory=WatsonxSettings)
    together: TogetherSettings = field(default_factory=TogetherSettings)
    hf: HuggingFaceSettings = field(default_factory=HuggingFaceSettings)
    fireworks: FireworksSettings = field(default_factory=FireworksSettings)
    deepseek: DeepSeekSettings = field(default_factory=DeepSeekSettings)
    feature_flags: Dict[str, bool] = field(
        default_factory=lambda: {
            "use_bedrock_for_descriptions": _env("FF_BEDROCK_DESCRIPTIONS", "false") == "true",
            "rerank_enabled": _env("FF_RERANK", "true") == "true",
        }
    )


settings = Settings()
