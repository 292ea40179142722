"""Errors surfaced to users in the Gradio UIs.

gr.Error shows a toast; everything else becomes a generic "Something went wrong".
"""
from __future__ import annotations

import functools
import logging
from typing import Callable, TypeVar

import gradio as gr

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable)


class ToolError(Exception):
    """An expected failure with a message that is safe to show to the user."""

    def __init__(self, message: str, *, detail: str = ""):
        super().__init__(message)
        self.detail = detail


class InputTooLarge(ToolError):
    pass


class UpstreamUnavailable(ToolError):
    pass


def user_facing(fn: F) -> F:
    """Turn ToolError into gr.Error for Blocks event handlers."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ToolError as exc:
            log.info("tool error in %s: %s %s", fn.__name__, exc, exc.detail)
            raise gr.Error(str(exc)) from exc

    return wrapper  # type: ignore[return-value]
