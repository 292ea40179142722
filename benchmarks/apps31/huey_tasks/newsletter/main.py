"""Consumer entry point: ``huey_consumer newsletter.main.huey -w 4 -k thread``."""
import logging

from newsletter.config import huey  # noqa: F401
import newsletter.tasks  # noqa: F401,E402

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
