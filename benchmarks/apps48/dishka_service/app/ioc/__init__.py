"""Dependency injection wiring (dishka)."""
from __future__ import annotations

from dishka import AsyncContainer, make_async_container

from app.ioc.clients import BedrockRuntime, ClientsProvider, ConfigProvider
from app.ioc.services import DatabaseProvider, RepositoriesProvider, ServicesProvider


def build_providers():
    return [
        ConfigProvider(),
        ClientsProvider(),
        DatabaseProvider(),
        RepositoriesProvider(),
        ServicesProvider(),
    ]


def build_container(*extra) -> AsyncContainer:
    return make_async_container(*build_providers(), *extra)


__all__ = [
    "BedrockRuntime",
    "ClientsProvider",
    "ConfigProvider",
    "build_container",
    "build_providers",
]
