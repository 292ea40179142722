import contextvars
import json
import logging
from datetime import datetime, timezone

current_tenant_id = contextvars.ContextVar("current_tenant_id", default=None)
current_request_id = contextvars.ContextVar("current_request_id", default=None)


class TenantContextFilter(logging.Filter):
    """Stamp every record with the tenant/request the code is running for."""

    def filter(self, record):
        record.tenant_id = current_tenant_id.get()
        record.request_id = current_request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    RESERVED = {"msg", "args", "exc_info", "exc_text", "stack_info", "levelname", "name"}

    def format(self, record):
        payload = {
            "ts": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "tenant_id": getattr(record, "tenant_id", None),
            "request_id": getattr(record, "request_id", None),
        }
        extra = getattr(record, "ctx", None)
        if isinstance(extra, dict):
            payload.update(extra)
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=str)


def get_logger(name):
    return logging.getLogger(name)
