"""Model gateway: pick a vendor adapter by ``Vendor`` and get back a ``ModelGateway``."""
from __future__ import annotations

import threading
from typing import Dict, Optional, Type, Union

from agentd.gateway.anthropic_adapter import AnthropicAdapter
from agentd.gateway.base import ModelGateway, Vendor
from agentd.gateway.bedrock_adapter import BedrockAdapter
from agentd.gateway.gemini_adapter import GeminiAdapter
from agentd.gateway.openai_adapter import OpenAIAdapter

ADAPTERS: Dict[Vendor, Type[ModelGateway]] = {
    Vendor.OPENAI: OpenAIAdapter,
    Vendor.ANTHROPIC: AnthropicAdapter,
    Vendor.GEMINI: GeminiAdapter,
    Vendor.BEDROCK: BedrockAdapter,
}

_instances: Dict[Vendor, ModelGateway] = {}
_lock = threading.Lock()


def build_gateway(vendor: Union[Vendor, str, None] = None) -> ModelGateway:
    from agentd.container import container

    chosen = Vendor.parse(vendor, default=Vendor(container.settings.default_vendor))
    with _lock:
        gw = _instances.get(chosen)
        if gw is None:
            gw = ADAPTERS[chosen].from_container(container)
            _instances[chosen] = gw
    return gw


def clear_gateways() -> None:
    with _lock:
        _instances.clear()


__all__ = ["ADAPTERS", "ModelGateway", "Vendor", "build_gateway", "clear_gateways"]
