"""Chainlit entry point: ``chainlit run app.py -w``."""
import logging

import litellm

from copilot.config import settings

logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

# send LiteLLM-routed calls to our usage ledger via the proxy-side callback
litellm.success_callback = ["langfuse"]
litellm.drop_params = True

import copilot.handlers  # noqa: E402,F401  registers the @cl.* callbacks
