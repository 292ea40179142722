"""Upstream provider adapters and the client factories they share."""
from gateway.providers.base import ChatProvider, ProviderSpec  # noqa: F401
