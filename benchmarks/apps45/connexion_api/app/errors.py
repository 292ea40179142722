import logging

import anthropic
import openai
from connexion.lifecycle import ConnexionResponse
from connexion.problem import problem

log = logging.getLogger(__name__)


def _upstream_error(request, exc):
    log.warning("upstream LLM error: %s", exc)
    return problem(502, "Upstream model error", str(exc))


def _rate_limited(request, exc):
    return problem(429, "Rate limited by provider", "Try again shortly")


def register_error_handlers(cnx):
    cnx.add_error_handler(openai.RateLimitError, _rate_limited)
    cnx.add_error_handler(anthropic.RateLimitError, _rate_limited)
    cnx.add_error_handler(openai.APIError, _upstream_error)
    cnx.add_error_handler(anthropic.APIError, _upstream_error)


def empty(status=204):
    return ConnexionResponse(status_code=status)
