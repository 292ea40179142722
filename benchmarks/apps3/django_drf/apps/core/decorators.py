"""View decorators."""
from __future__ import annotations

import functools
import logging
from typing import Callable

from django.conf import settings
from openai import OpenAIError
from rest_framework import status
from rest_framework.response import Response

from apps.core.llm.clients import get_openai_client

logger = logging.getLogger(__name__)


def moderated(*fields: str) -> Callable:
    """Reject requests whose free-text ``fields`` are flagged by moderation.

    Meant for recruiter-authored text that ends up in candidate-facing
    messages. Apply to DRF handlers with ``method_decorator``.
    """

    def decorator(view_func: Callable) -> Callable:
        @functools.wraps(view_func)
        def wrapper(request, *args, **kwargs):
            present = [f for f in fields if request.data.get(f)]
            texts = [str(request.data[f]) for f in present]
            if texts and getattr(settings, "MODERATION_ENABLED", True):
                try:
                    result = get_openai_client().moderations.create(
                        model="omni-moderation-latest",
                        input=texts,
                    )
                except OpenAIError:
                    logger.exception("Moderation unavailable, letting request through")
                else:
                    flagged = [f for f, r in zip(present, result.results) if r.flagged]
                    if flagged:
                        return Response(
                            {"detail": "Content violates the messaging policy.", "fields": flagged},
                            status=status.HTTP_400_BAD_REQUEST,
                        )
            return view_func(request, *args, **kwargs)

        return wrapper

    return decorator
