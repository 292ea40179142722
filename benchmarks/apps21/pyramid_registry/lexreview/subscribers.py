"""Event subscribers picked up by config.scan()."""
import logging

from pyramid.events import ApplicationCreated, NewRequest, NewResponse, subscriber

from lexreview.llm.clients import get_ollama_client, ollama_enabled

log = logging.getLogger(__name__)


@subscriber(ApplicationCreated)
def log_ollama_models(event):
    """Log which local models the on-prem box has; purely informational."""
    settings = event.app.registry.settings
    if not ollama_enabled(settings):
        return
    try:
        listing = get_ollama_client(settings.get("ollama.host")).list()
        names = [m.model for m in listing.models]
        log.info("ollama models available: %s", ", ".join(names))
    except Exception:
        log.warning("ollama host unreachable at startup")


@subscriber(NewRequest)
def tag_request(event):
    request = event.request
    request.environ.setdefault("lexreview.matter", request.headers.get("X-Matter-Number"))


@subscriber(NewResponse)
def add_security_headers(event):
    headers = event.response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("Cache-Control", "no-store")
