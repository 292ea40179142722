"""Media handlers: orjson for JSON, plus a tiny handler for ``text/markdown``
so outreach drafts can be fetched as plain markdown by the console."""
from __future__ import annotations

import functools
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import falcon
import falcon.media
import orjson


def _default(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return float(obj)
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    if hasattr(obj, "model_dump"):
        return obj.model_dump()
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


json_handler = falcon.media.JSONHandler(
    dumps=functools.partial(orjson.dumps, default=_default, option=orjson.OPT_NON_STR_KEYS),
    loads=orjson.loads,
)


class MarkdownHandler(falcon.media.BaseHandler):
    """Serialize ``{"markdown": "..."}`` (or a str) as text/markdown."""

    exhaust_stream = True

    def serialize(self, media: Any, content_type: str) -> bytes:
        if isinstance(media, dict):
            media = media.get("markdown", "")
        return str(media).encode("utf-8")

    def deserialize(self, stream, content_type, content_length) -> dict:
        return {"markdown": stream.read().decode("utf-8")}

    async def serialize_async(self, media: Any, content_type: str) -> bytes:
        return self.serialize(media, content_type)

    async def deserialize_async(self, stream, content_type, content_length) -> dict:
        data = await stream.read()
        return {"markdown": data.decode("utf-8")}


def build_handlers() -> tuple[falcon.media.Handlers, falcon.media.Handlers]:
    extra = {
        falcon.MEDIA_JSON: json_handler,
        "text/markdown": MarkdownHandler(),
    }
    req_handlers = falcon.media.Handlers(extra)
    resp_handlers = falcon.media.Handlers(extra)
    return req_handlers, resp_handlers
