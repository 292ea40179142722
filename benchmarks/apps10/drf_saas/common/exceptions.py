import logging

from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)


class AIServiceError(Exception):
    """Raised when an upstream model provider fails in a way we can't recover from."""

    def __init__(self, message, provider=None, retryable=False):
        super().__init__(message)
        self.provider = provider
        self.retryable = retryable


class AIServiceUnavailable(APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = "The AI service is temporarily unavailable. Please retry shortly."
    default_code = "ai_unavailable"


class TenantQuotaExceeded(APIException):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_detail = "Your workspace has used its AI quota for this billing period."
    default_code = "quota_exceeded"


def api_exception_handler(exc, context):
    if isinstance(exc, AIServiceError):
        logger.warning("ai provider failure", extra={"ctx": {"provider": exc.provider}})
        exc = AIServiceUnavailable()
    response = exception_handler(exc, context)
    if response is None:
        return response
    if isinstance(response.data, dict) and "detail" in response.data:
        response.data = {"error": {"code": getattr(exc, "default_code", "error"), "message": response.data["detail"]}}
    return response


def error_response(message, code="bad_request", http_status=status.HTTP_400_BAD_REQUEST):
    return Response({"error": {"code": code, "message": message}}, status=http_status)
