"""Provider client factories.

Each factory reads the Flask config and returns a ready SDK client. ``init_app``
stores them on ``app.extensions["llm"]`` so handlers can fetch them via
``current_app``. Worker processes (no Flask app) use the cached getters below.
"""
import functools
import logging
import os

import anthropic
import boto3
import cohere
import openai
import voyageai
from botocore.config import Config as BotoConfig

log = logging.getLogger(__name__)


def make_openai_client(cfg):
    return openai.OpenAI(
        api_key=cfg["OPENAI_API_KEY"],
        timeout=cfg.get("LLM_TIMEOUT_SECONDS", 60),
        max_retries=2,
    )


def make_azure_client(cfg):
    if not cfg.get("AZURE_OPENAI_ENDPOINT"):
        return None
    return openai.AzureOpenAI(
        azure_endpoint=cfg["AZURE_OPENAI_ENDPOINT"],
        api_key=cfg["AZURE_OPENAI_API_KEY"],
        api_version=cfg["AZURE_OPENAI_API_VERSION"],
    )


def make_anthropic_client(cfg):
    return anthropic.Anthropic(api_key=cfg["ANTHROPIC_API_KEY"], max_retries=3)


def make_cohere_client(cfg):
    return cohere.ClientV2(api_key=cfg["COHERE_API_KEY"])


def make_voyage_client(cfg):
    return voyageai.Client(api_key=cfg["VOYAGE_API_KEY"], max_retries=3)


def make_bedrock_runtime(cfg):
    return boto3.client(
        "bedrock-runtime",
        region_name=cfg["AWS_REGION"],
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}),
    )


class LLMClients:
    """Bundle kept on ``app.extensions['llm']``."""

    def __init__(self, cfg):
        self.openai = make_openai_client(cfg)
        self.azure = make_azure_client(cfg)
        self.anthropic = make_anthropic_client(cfg)
        self.cohere = make_cohere_client(cfg)
        self.voyage = make_voyage_client(cfg)
        self.bedrock = make_bedrock_runtime(cfg)

    def chat_client(self, provider):
        if provider == "azure":
            return self.azure or self.openai
        return self.openai


def init_app(app):
    clients = LLMClients(app.config)
    app.extensions["llm"] = clients
    log.info("LLM clients initialised (azure=%s)", bool(clients.azure))
    return clients


# --- getters for code running outside a request (celery, scripts) ----------

def _env_cfg():
    from app.config import get_config

    cfg = get_config()
    return {k: getattr(cfg, k) for k in dir(cfg) if k.isupper()}


@functools.lru_cache(maxsize=1)
def get_openai():
    return make_openai_client(_env_cfg())


@functools.lru_cache(maxsize=1)
def get_anthropic():
    return make_anthropic_client(_env_cfg())


@functools.lru_cache(maxsize=1)
def get_bedrock():
    return make_bedrock_runtime(_env_cfg())


@functools.lru_cache(maxsize=1)
def get_voyage():
    return make_voyage_client(_env_cfg())


def get_async_openai():
    # used by the streaming endpoint only; not cached because it is bound to a loop
    return openai.AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
