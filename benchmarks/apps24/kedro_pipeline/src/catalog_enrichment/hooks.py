"""Project hooks: build the LLM clients once per session and make them available to nodes."""
from __future__ import annotations

import logging
import time
from typing import Any

from kedro.framework.hooks import hook_impl
from kedro.io import DataCatalog, MemoryDataset
from kedro.pipeline import Pipeline
from kedro.pipeline.node import Node

from catalog_enrichment.llm import factories
from catalog_enrichment.llm.registry import clients

logger = logging.getLogger(__name__)

_CLIENT_CREDENTIALS = {
    "openai": "openai",
    "azure_openai": "azure_openai",
    "anthropic": "anthropic",
    "mistral": "mistral",
    "together": "together",
    "bedrock": "aws_bedrock",
    "huggingface": "huggingface",
}


class LLMClientHooks:
    """Creates one client per provider from ``credentials.yml``.

    * ``after_context_created``: clients go into ``llm.registry.clients``
    * ``before_pipeline_run``: the same clients are exposed to nodes as the
      ``llm_clients`` catalog entry (a plain dict held in a MemoryDataset).
    """

    def __init__(self) -> None:
        self._azure = None
        self._openai = None
        self._azure_deployment: str | None = None
        self._enabled: set[str] = set()

    @hook_impl
    def after_context_created(self, context) -> None:
        try:
            credentials = context.config_loader["credentials"]
        except KeyError:
            logger.warning("No credentials config found; LLM clients will read the environment")
            credentials = {}

        llm_conf = context.config_loader.get("llm", {}) or {}
        self._enabled = set(llm_conf.get("enabled_providers", _CLIENT_CREDENTIALS))
        self._azure_deployment = llm_conf.get("azure_canary_deployment")

        for name, cred_key in _CLIENT_CREDENTIALS.items():
            if name not in self._enabled:
                continue
            creds = credentials.get(cred_key, {})
            try:
                client = factories.make_client(name, **creds)
            except KeyError as exc:
                logger.warning("Skipping %s client, missing credential %s", name, exc)
                continue
            clients.register(name, client, default_model=llm_conf.get("default_models", {}).get(name))
            logger.info("Registered %s LLM client", name)

        if "azure_openai" in clients:
            self._azure = clients.get("azure_openai")
        if "openai" in clients:
            self._openai = clients.get("openai")

    @hook_impl
    def before_pipeline_run(self, run_params: dict[str, Any], pipeline: Pipeline, catalog: DataCatalog) -> None:
        catalog.add("llm_clients", MemoryDataset(clients.as_dict(), copy_mode="assign"), replace=True)

        extra = run_params.get("extra_params") or {}
        if self._openai is not None and extra.get("check_models", True):
            # cheap sanity check that the key works - listing models is free
            available = {m.id for m in self._openai.models.list()}
            logger.info("OpenAI key OK, %d models visible", len(available))

        if self._azure is not None and self._azure_deployment and extra.get("llm_canary"):
            # Azure deployments sometimes come back 404 after a quota change; fail fast
            # instead of 40 minutes into the run.
            canary = self._azure.chat.completions.create(
                model=self._azure_deployment,
                messages=[{"role": "user", "content": "ping"}],
                max_tokens=1,
            )
            logger.info("Azure canary OK (%s)", canary.model)

    @hook_impl
    def after_pipeline_run(self, run_params: dict[str, Any], pipeline: Pipeline, catalog: DataCatalog) -> None:
        clients.clear()

    @hook_impl
    def on_pipeline_error(self, error: Exception, run_params: dict[str, Any], pipeline: Pipeline, catalog: DataCatalog) -> None:
        logger.error("Pipeline failed with %s; clearing LLM client caches", type(error).__name__)
        factories.clear_client_caches()
        clients.clear()


class NodeTimingHooks:
    def __init__(self) -> None:
        self._started: dict[str, float] = {}

    @hook_impl
    def before_node_run(self, node: Node, inputs: dict[str, Any]) -> None:
        self._started[node.name] = time.perf_counter()

    @hook_impl
    def after_node_run(self, node: Node, outputs: dict[str, Any]) -> None:
        started = self._started.pop(node.name, None)
        if started is not None:
            logger.info("node %s took %.1fs", node.name, time.perf_counter() - started)
