import hashlib
import hmac
import json
import logging
import time

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30


class TimeoutHTTPAdapter(HTTPAdapter):
    def __init__(self, *args, timeout=DEFAULT_TIMEOUT, **kwargs):
        self.timeout = timeout
        super().__init__(*args, **kwargs)

    def send(self, request, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        return super().send(request, **kwargs)


def build_session(retries=3, backoff=0.5, timeout=DEFAULT_TIMEOUT, allowed_methods=("GET", "POST")):
    """A requests.Session with sane retries; POST is retried only on 429/5xx."""
    retry = Retry(
        total=retries,
        backoff_factor=backoff,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=frozenset(allowed_methods),
        respect_retry_after_header=True,
    )
    session = requests.Session()
    adapter = TimeoutHTTPAdapter(max_retries=retry, timeout=timeout)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = "helix-backend/2.4"
    return session


def _sign(secret, body):
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def deliver(endpoint, event_type, payload):
    """POST an event to a tenant-configured webhook endpoint."""
    body = json.dumps({"type": event_type, "created": int(time.time()), "data": payload}).encode()
    try:
        resp = requests.post(
            endpoint.url,
            data=body,
            headers={
                "Content-Type": "application/json",
                "X-Helix-Signature": _sign(endpoint.secret, body),
            },
            timeout=5,
        )
    except requests.RequestException:
        logger.warning("webhook delivery failed", extra={"ctx": {"endpoint": endpoint.pk}})
        return False
    return 200 <= resp.status_code < 300
