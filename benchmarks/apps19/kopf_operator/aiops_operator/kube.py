"""Kubernetes API helpers: client loading, operator ConfigMaps, runner Jobs.

The official client is sync; async handlers call these through asyncio.to_thread.
"""
from __future__ import annotations

import asyncio
import functools
import json
import logging

import kopf
from kubernetes import client, config
from kubernetes.client.rest import ApiException
from kubernetes.config.config_exception import ConfigException

from aiops_operator.constants import CONFIGMAP_NAME

logger = logging.getLogger(__name__)

INLINE_LIMIT = 50
RUNNER_IMAGE = "registry.example.com/ml-platform/aiops-runner:0.9"


@functools.lru_cache(maxsize=1)
def _load() -> None:
    try:
        config.load_incluster_config()
    except ConfigException:
        config.load_kube_config()


def core_v1() -> client.CoreV1Api:
    _load()
    return client.CoreV1Api()


def batch_v1() -> client.BatchV1Api:
    _load()
    return client.BatchV1Api()


def custom_objects() -> client.CustomObjectsApi:
    _load()
    return client.CustomObjectsApi()


async def read_operator_configmap(namespace: str, name: str = CONFIGMAP_NAME) -> dict[str, str]:
    def _read() -> dict[str, str]:
        cm = core_v1().read_namespaced_config_map(name=name, namespace=namespace)
        return dict(cm.data or {})

    return await asyncio.to_thread(_read)


def write_result_configmap(namespace: str, name: str, owner: dict, results: dict) -> None:
    """PromptJob results small enough go to a ConfigMap owned by the job."""
    body = client.V1ConfigMap(
        metadata=client.V1ObjectMeta(
            name=name,
            namespace=namespace,
            owner_references=[
                client.V1OwnerReference(
                    api_version=owner["apiVersion"],
                    kind=owner["kind"],
                    name=owner["metadata"]["name"],
                    uid=owner["metadata"]["uid"],
                    controller=True,
                )
            ],
            labels={"app.kubernetes.io/managed-by": "aiops-operator"},
        ),
        data={"results.json": json.dumps(results, indent=2)},
    )
    api = core_v1()
    try:
        api.create_namespaced_config_map(namespace=namespace, body=body)
    except ApiException as exc:
        if exc.status != 409:
            raise
        api.replace_namespaced_config_map(name=name, namespace=namespace, body=body)


# --- batch runner Jobs (PromptJobs with more than INLINE_LIMIT prompts) ---


def build_runner_job(name: str, namespace: str, spec: dict) -> dict:
    container = client.V1Container(
        name="runner",
        image=RUNNER_IMAGE,
        args=["run-batch", "--job", name, "--namespace", namespace],
        env=[client.V1EnvVar(name="AIOPS_PROVIDER", value=spec.get("provider", "litellm"))],
        resources=client.V1ResourceRequirements(limits={"cpu": "1", "memory": "1Gi"}),
    )
    job = client.V1Job(
        metadata=client.V1ObjectMeta(name=f"{name}-runner", namespace=namespace),
        spec=client.V1JobSpec(
            backoff_limit=2,
            ttl_seconds_after_finished=3600,
            template=client.V1PodTemplateSpec(
                spec=client.V1PodSpec(
                    restart_policy="Never",
                    service_account_name="aiops-runner",
                    containers=[container],
                )
            ),
        ),
    )
    return client.ApiClient().sanitize_for_serialization(job)


def create_runner_job(name: str, namespace: str, spec: dict) -> str:
    body = build_runner_job(name, namespace, spec)
    kopf.adopt(body)
    created = batch_v1().create_namespaced_job(namespace=namespace, body=body)
    return created.metadata.name
