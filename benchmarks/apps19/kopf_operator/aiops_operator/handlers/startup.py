"""Operator lifecycle: settings, clients into memo, cleanup."""
from __future__ import annotations

import asyncio
import logging
import os

import kopf
from ibm_watsonx_ai.foundation_models import ModelInference

from aiops_operator import clients
from aiops_operator.config import OperatorConfig
from aiops_operator.kube import read_operator_configmap
from aiops_operator.providers import ProviderRegistry

logger = logging.getLogger(__name__)

WARMUP_MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0"
WATSONX_PROBE_MODEL = "ibm/granite-3-8b-instruct"


@kopf.on.startup()
def configure_settings(settings: kopf.OperatorSettings, **_) -> None:
    settings.persistence.finalizer = "ai.platform.example.com/kopf-finalizer"
    settings.persistence.progress_storage = kopf.AnnotationsProgressStorage(
        prefix="ai.platform.example.com"
    )
    settings.persistence.diffbase_storage = kopf.AnnotationsDiffBaseStorage(
        prefix="ai.platform.example.com"
    )
    settings.posting.level = logging.WARNING
    settings.watching.server_timeout = 270
    settings.batching.worker_limit = 20
    settings.execution.max_workers = int(os.getenv("AIOPS_SYNC_WORKERS", "16"))

    if os.getenv("AIOPS_DEV"):
        settings.admission.server = kopf.WebhookAutoTunnel()
    else:
        settings.admission.server = kopf.WebhookServer(
            port=9443,
            certfile="/etc/webhook/tls.crt",
            pkeyfile="/etc/webhook/tls.key",
            host=os.getenv("AIOPS_WEBHOOK_HOST", "aiops-operator.ml-platform.svc"),
        )
    settings.admission.managed = "aiops.ai.platform.example.com"


@kopf.on.startup()
async def build_clients(memo: kopf.Memo, logger: kopf.Logger, **_) -> None:
    cfg = OperatorConfig.from_env()
    try:
        overrides = await read_operator_configmap(cfg.namespace)
    except Exception:  # the ConfigMap is optional
        logger.warning("no operator ConfigMap, running with env settings only")
        overrides = {}
    cfg = cfg.overlay(overrides)
    memo.config = cfg

    memo.bedrock = clients.make_bedrock_runtime(cfg.aws_region)
    memo.bedrock_agents = clients.make_bedrock_agent_runtime(cfg.aws_region)
    memo.genai = clients.make_genai_client(cfg.gcp_project, cfg.gcp_location) if cfg.gcp_project else None
    memo.mistral = clients.make_mistral(cfg.mistral_api_key) if cfg.mistral_api_key else None
    memo.router = clients.get_router()

    if cfg.watsonx_api_key:
        memo.watsonx = clients.make_watsonx_api_client(
            cfg.watsonx_url, cfg.watsonx_api_key, cfg.watsonx_project_id
        )
        # kept separately for the health timer and the streaming daemon
        memo.watsonx_chat = ModelInference(
            model_id=WATSONX_PROBE_MODEL,
            api_client=memo.watsonx,
            project_id=cfg.watsonx_project_id,
        )
    else:
        memo.watsonx = None
        memo.watsonx_chat = None

    memo.registry = ProviderRegistry.from_memo(memo)
    memo.job_semaphore = asyncio.Semaphore(cfg.max_concurrent_jobs)

    if not cfg.dev_mode:
        await _warm_up_bedrock(memo, logger)


async def _warm_up_bedrock(memo: kopf.Memo, logger: kopf.Logger) -> None:
    """First Converse call after pod start takes ~3s (STS + TLS); pay it here."""
    try:
        await asyncio.to_thread(
            memo.bedrock.converse,
            modelId=WARMUP_MODEL,
            messages=[{"role": "user", "content": [{"text": "ping"}]}],
            inferenceConfig={"maxTokens": 1},
        )
    except Exception as exc:
        logger.warning("bedrock warm-up failed: %s", exc)


@kopf.on.cleanup()
async def close_clients(memo: kopf.Memo, logger: kopf.Logger, **_) -> None:
    mistral = memo.get("mistral")
    if mistral is not None:
        mistral.__exit__(None, None, None)
    genai_client = memo.get("genai")
    if genai_client is not None:
        genai_client.close()
    logger.info("provider clients closed")


@kopf.on.probe(id="providers")
def provider_probe(memo: kopf.Memo, **_) -> list[str]:
    registry = memo.get("registry")
    return registry.names() if registry else []
