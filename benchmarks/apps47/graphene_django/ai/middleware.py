"""Attach LLM clients to ``request`` so GraphQL resolvers can reach them via
``info.context``."""
from django.utils.functional import SimpleLazyObject

from .clients import build_bundle, get_openai_client


class LLMClientMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.llm = SimpleLazyObject(build_bundle)
        # Older resolvers still read request.openai directly.
        request.openai = get_openai_client()
        request.llm_feature = request.headers.get("X-Feature-Context", "graphql")
        return self.get_response(request)
