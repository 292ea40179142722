from __future__ import annotations

import contextlib
import logging
from typing import Iterator

import svcs

from notes_app.config import Settings
from notes_app.services.registry import build_registry

log = logging.getLogger(__name__)

_registry: svcs.Registry | None = None


def job_registry() -> svcs.Registry:
    global _registry
    if _registry is None:
        _registry = build_registry(Settings.from_env())
    return _registry


@contextlib.contextmanager
def job_container() -> Iterator[svcs.Container]:
    with svcs.Container(job_registry()) as container:
        yield container
