"""LLM + HTTP clients for the dataflows."""
from clients.factory import make_anthropic, make_hf_inference, make_mistral, make_openai, make_xai
from clients.registry import get_client
from clients.worker_cache import WorkerClients, anthropic_client, get_worker_clients, openai_client

__all__ = [
    "WorkerClients",
    "anthropic_client",
    "get_client",
    "get_worker_clients",
    "make_anthropic",
    "make_hf_inference",
    "make_mistral",
    "make_openai",
    "make_xai",
    "openai_client",
]
