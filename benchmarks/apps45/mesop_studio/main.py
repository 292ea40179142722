"""Entry point for the Mesop studio.

Run locally with:

    mesop main.py

Pages register themselves via ``@me.page`` when their modules are imported,
so importing the ``studio.pages`` package is enough.
"""

import logging

import mesop as me  # noqa: F401  (needed so `mesop main.py` picks up the runtime)

from studio import pages  # noqa: F401
from studio.settings import get_settings

logging.basicConfig(
    level=get_settings().log_level,
    format="%(asctime)s %(levelname)s %(name)s: %(message)s",
)

log = logging.getLogger("studio")
log.info("Prompt studio loaded (env=%s)", get_settings().environment)
