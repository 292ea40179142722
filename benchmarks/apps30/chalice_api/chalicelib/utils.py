import functools
import json
import logging
import random
import time

from botocore.exceptions import ClientError

logger = logging.getLogger(__name__)

RETRYABLE_CODES = {"ThrottlingException", "ServiceUnavailableException", "ModelNotReadyException"}


def with_retries(fn, attempts: int = 4, base_delay: float = 0.5):
    """Wrap a boto3/SDK callable with jittered exponential backoff."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        for attempt in range(1, attempts + 1):
            try:
                return fn(*args, **kwargs)
            except ClientError as exc:
                code = exc.response.get("Error", {}).get("Code")
                if code not in RETRYABLE_CODES or attempt == attempts:
                    raise
                delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.25)
                logger.warning("%s throttled (%s), retrying in %.2fs", fn.__name__, code, delay)
                time.sleep(delay)

    return wrapper


def chunked(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def json_body(request) -> dict:
    body = request.json_body
    if body is None:
        try:
            body = json.loads(request.raw_body or b"{}")
        except ValueError:
            body = {}
    return body


def truncate(text: str, limit: int = 12_000) -> str:
    return text if len(text) <= limit else text[:limit] + "\n[...truncated]"


class ValidationError(ValueError):
    pass


def require_fields(body: dict, *names: str) -> None:
    missing = [n for n in names if body.get(n) in (None, "")]
    if missing:
        raise ValidationError(f"missing required field(s): {', '.join(missing)}")


def coerce_messages(body: dict) -> list[dict]:
    """Accept either {"prompt": "..."} or {"messages": [...]} request bodies."""
    if body.get("messages"):
        messages = body["messages"]
        for m in messages:
            if m.get("role") not in {"system", "user", "assistant"}:
                raise ValidationError(f"bad role {m.get('role')!r}")
            if not isinstance(m.get("content"), (str, list)):
                raise ValidationError("message content must be a string or a list")
        return messages
    require_fields(body, "prompt")
    return [{"role": "user", "content": body["prompt"]}]


def request_user_id(request) -> str:
    ctx = request.context or {}
    authorizer = ctx.get("authorizer") or {}
    claims = authorizer.get("claims") or {}
    return claims.get("sub") or authorizer.get("principalId") or "anonymous"
