"""Helpers for pulling things out of the injector inside Starlette handlers."""
from __future__ import annotations

from typing import TypeVar

from injector import Injector
from starlette.requests import HTTPConnection

T = TypeVar("T")


def get_injector(conn: HTTPConnection) -> Injector:
    return conn.app.state.injector


def resolve(conn: HTTPConnection, interface: type[T]) -> T:
    """``resolve(request, ConversationService)`` — preferred over poking app.state.

    Not every handler has been moved over to this yet.
    """
    return get_injector(conn).get(interface)


def tenant_of(conn: HTTPConnection) -> str | None:
    return conn.headers.get("x-ledgerline-tenant")
