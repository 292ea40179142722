"""Per-request state.

The API middleware and the worker pool bind the model clients for the current tenant here, so
code deep in the agent does not need them threaded through every call.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar, Token
from typing import TYPE_CHECKING, Iterator, List, Optional

if TYPE_CHECKING:
    from anthropic import AsyncAnthropic
    from openai import AsyncOpenAI

request_id_var: ContextVar[str] = ContextVar("agentd_request_id", default="-")
tenant_var: ContextVar[Optional[str]] = ContextVar("agentd_tenant", default=None)

_openai_var: "ContextVar[AsyncOpenAI]" = ContextVar("agentd_openai_client")
_anthropic_var: "ContextVar[AsyncAnthropic]" = ContextVar("agentd_anthropic_client")


def get_request_client() -> "AsyncOpenAI":
    """OpenAI client bound to the current request, or the shared default outside a request."""
    try:
        return _openai_var.get()
    except LookupError:
        from agentd.container import container

        return container.async_openai


def get_request_anthropic() -> "AsyncAnthropic":
    try:
        return _anthropic_var.get()
    except LookupError:
        from agentd.container import container

        return container.anthropic


@contextmanager
def client_scope(
    openai_client: Optional["AsyncOpenAI"] = None,
    anthropic_client: Optional["AsyncAnthropic"] = None,
) -> Iterator[None]:
    tokens: List[Token] = []
    if openai_client is not None:
        tokens.append(_openai_var.set(openai_client))
    if anthropic_client is not None:
        tokens.append(_anthropic_var.set(anthropic_client))
    try:
        yield
    finally:
        for token in reversed(tokens):
            token.var.reset(token)
