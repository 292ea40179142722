from __future__ import annotations

import time
import typing
from collections import defaultdict, deque

from strawberry.permission import BasePermission
from strawberry.types import Info

from kb_api.config import get_settings


class IsAuthenticated(BasePermission):
    message = "You must be signed in."
    error_extensions = {"code": "UNAUTHENTICATED"}

    def has_permission(self, source: typing.Any, info: Info, **kwargs: typing.Any) -> bool:
        return info.context.viewer is not None


class IsEditor(BasePermission):
    message = "Editor role required."
    error_extensions = {"code": "FORBIDDEN"}

    def has_permission(self, source: typing.Any, info: Info, **kwargs: typing.Any) -> bool:
        viewer = info.context.viewer
        return viewer is not None and viewer.is_editor


class IsAdmin(BasePermission):
    message = "Admins only."

    def has_permission(self, source: typing.Any, info: Info, **kwargs: typing.Any) -> bool:
        viewer = info.context.viewer
        return viewer is not None and (viewer.role == "admin" or viewer.email in get_settings().admin_emails)


class LLMRateLimit(BasePermission):
    """Crude per-user budget on fields that hit a model. Replaced by the gateway limiter in prod."""

    message = "Too many AI requests, slow down."
    error_extensions = {"code": "RATE_LIMITED"}
    window_s = 60
    max_calls = 20
    _hits: dict[str, deque] = defaultdict(deque)

    def has_permission(self, source: typing.Any, info: Info, **kwargs: typing.Any) -> bool:
        viewer = info.context.viewer
        if viewer is None:
            return False
        now = time.monotonic()
        q = self._hits[viewer.id]
        while q and now - q[0] > self.window_s:
            q.popleft()
        if len(q) >= self.max_calls:
            return False
        q.append(now)
        return True
