"""Request middleware for the assistant endpoints."""
import json
import logging
import time

from django.conf import settings
from django.http import JsonResponse

from core.llm import get_anthropic_client

logger = logging.getLogger(__name__)

ASSISTANT_PREFIX = "/api/conversations/"


class PromptBudgetMiddleware:
    """Rejects assistant requests whose prompt would blow the token budget.

    Anthropic's token counting endpoint is free, so we use it instead of a
    local approximation: the local tokenizers undercount for Claude.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        if request.method == "POST" and request.path.startswith(ASSISTANT_PREFIX):
            rejection = self._check_budget(request)
            if rejection is not None:
                return rejection
        response = self.get_response(request)
        response["X-Portal-Elapsed-Ms"] = str(int((time.monotonic() - started) * 1000))
        return response

    def _check_budget(self, request):
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            return None
        text = body.get("message")
        if not text:
            return None
        try:
            counted = get_anthropic_client().messages.count_tokens(
                model=settings.ANTHROPIC_MODEL,
                messages=[{"role": "user", "content": text}],
            )
        except Exception:  # budget check must never take the endpoint down
            logger.exception("token count failed; letting request through")
            return None
        request.prompt_tokens = counted.input_tokens
        if counted.input_tokens > settings.ASSISTANT_MAX_PROMPT_TOKENS:
            return JsonResponse(
                {"detail": "Message too long for the assistant.", "tokens": counted.input_tokens},
                status=413,
            )
        return None
