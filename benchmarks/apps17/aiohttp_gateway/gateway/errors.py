from typing import Any, Dict, Optional


class GatewayError(Exception):
    status = 500
    code = "internal_error"

    def __init__(self, message: str, *, details: Optional[Dict[str, Any]] = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}

    def to_dict(self) -> Dict[str, Any]:
        body: Dict[str, Any] = {"error": {"code": self.code, "message": self.message}}
        if self.details:
            body["error"]["details"] = self.details
        return body


class BadRequest(GatewayError):
    status = 400
    code = "bad_request"


class Unauthorized(GatewayError):
    status = 401
    code = "unauthorized"


class NotFound(GatewayError):
    status = 404
    code = "not_found"


class UpstreamError(GatewayError):
    status = 502
    code = "upstream_error"

    def __init__(self, provider: str, message: str, *, status_code: Optional[int] = None) -> None:
        super().__init__(f"{provider}: {message}", details={"provider": provider, "status": status_code})
        self.provider = provider
        self.status_code = status_code


class ContentBlocked(GatewayError):
    status = 422
    code = "content_blocked"
