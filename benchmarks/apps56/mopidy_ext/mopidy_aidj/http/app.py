"""Tornado app factory registered as ``http:app`` (mounted at /aidj/)."""

import logging

import pykka

from ..frontend import AIDJFrontend
from ..llm import make_async_anthropic_client, make_async_openai_client, make_xai_client
from . import handlers

logger = logging.getLogger(__name__)


def _frontend():
    refs = pykka.ActorRegistry.get_by_class(AIDJFrontend)
    return refs[0].proxy() if refs else None


def aidj_app_factory(config, core):
    ext_config = config["aidj"]
    services = {
        "config": ext_config,
        "core": core,
        "frontend": _frontend,
        "openai": make_async_openai_client(ext_config),
        "anthropic": make_async_anthropic_client(ext_config),
        "xai": make_xai_client(ext_config),
    }
    logger.debug("AIDJ http app: %s", sorted(k for k, v in services.items() if v))
    return [
        (r"/api/status", handlers.StatusHandler, services),
        (r"/api/commentary", handlers.CommentaryHandler, services),
        (r"/api/ask", handlers.AskHandler, services),
        (r"/api/playlist", handlers.MoodPlaylistHandler, services),
        (r"/api/summary", handlers.SummaryHandler, services),
        (r"/api/describe", handlers.DescribeHandler, services),
        (r"/api/cover-prompt", handlers.CoverArtHandler, services),
        (r"/api/usage", handlers.UsageHandler, services),
        (r"/api/models", handlers.ModelsHandler, services),
        (r"/api/grok-raw", handlers.GrokRawHandler, services),
    ]
