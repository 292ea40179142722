"""Model provider plumbing: SDK client factories, backends and the backend registry."""
from kestrel.providers.registry import available_backends, get_backend, register_backend

__all__ = ["available_backends", "get_backend", "register_backend"]
