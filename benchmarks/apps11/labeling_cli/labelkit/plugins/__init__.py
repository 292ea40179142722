"""Adapter registry.

The job spec's ``provider:`` key picks the adapter. Built-ins are imported lazily so that
running a Bedrock job does not require ``ibm_watsonx_ai`` to be importable, and third-party
adapters can register through the ``labelkit.plugins`` entry-point group.
"""
from __future__ import annotations

import importlib
import logging
import sys
from typing import Any, Callable, Dict, Optional, Type

from labelkit.errors import PluginNotFound
from labelkit.ratelimit import limiter_for
from labelkit.spec import JobSpec

log = logging.getLogger(__name__)

_BUILTIN: Dict[str, str] = {
    "bedrock": "labelkit.plugins.bedrock:BedrockAdapter",
    "together": "labelkit.plugins.together_ai:TogetherAdapter",
    "fireworks": "labelkit.plugins.fireworks_ai:FireworksAdapter",
    "watsonx": "labelkit.plugins.watsonx:WatsonxAdapter",
    "replicate": "labelkit.plugins.replicate_ai:ReplicateAdapter",
    "hf": "labelkit.plugins.hf_inference:HFInferenceAdapter",
    "vllm": "labelkit.plugins.vllm:VLLMAdapter",
}
_ALIASES = {"huggingface": "hf", "hf-inference": "hf", "together_ai": "together", "ibm": "watsonx",
            "aws": "bedrock", "self-hosted": "vllm"}


def _client_factories() -> Dict[str, Callable[[JobSpec], Any]]:
    # imported here so `labelkit --help` stays fast
    from labelkit import clients

    return {
        "together": lambda spec: clients.get_together(),
        "replicate": lambda spec: clients.get_replicate(),
        "hf": lambda spec: clients.get_hf_client(provider=spec.options.get("hf_provider")),
    }


def _entry_points() -> Dict[str, str]:
    try:
        from importlib.metadata import entry_points
    except ImportError:  # pragma: no cover
        return {}
    eps = entry_points()
    group = eps.select(group="labelkit.plugins") if hasattr(eps, "select") else eps.get("labelkit.plugins", [])
    return {ep.name: ep.value for ep in group}


def available() -> Dict[str, str]:
    found = dict(_BUILTIN)
    found.update(_entry_points())
    return found


def resolve_name(name: str) -> str:
    name = name.lower().strip()
    return _ALIASES.get(name, name)


def adapter_class(name: str) -> Type:
    name = resolve_name(name)
    target = available().get(name)
    if target is None:
        raise PluginNotFound(f"no adapter named {name!r}; available: {', '.join(sorted(available()))}")
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise PluginNotFound(f"adapter {name!r} could not be imported ({exc}); is its SDK installed?") from exc
    return getattr(module, attr)


def load_adapter(spec: JobSpec, client: Optional[Any] = None):
    name = resolve_name(spec.provider)
    cls = adapter_class(name)
    if client is None:
        factory = _client_factories().get(name)
        client = factory(spec) if factory else None
    adapter = cls(spec, client=client, limiter=limiter_for(spec))
    log.info("loaded adapter %s (%s) for model %s", name, cls.__name__, spec.model)
    return adapter


__all__ = ["adapter_class", "available", "load_adapter", "resolve_name"]

if sys.version_info < (3, 9):  # pragma: no cover
    raise RuntimeError("labelkit requires Python 3.9+")
