import json

from twisted.internet import defer


class BadRequest(Exception):
    pass


def read_json(request):
    raw = request.content.read()
    try:
        body = json.loads(raw or b"{}")
    except ValueError:
        raise BadRequest("invalid json")
    if not isinstance(body, dict):
        raise BadRequest("expected an object")
    return body


def json_response(request, payload, code=200):
    request.setResponseCode(code)
    request.setHeader(b"content-type", b"application/json")
    return json.dumps(payload).encode("utf-8")


def require(body, *keys):
    missing = [k for k in keys if k not in body]
    if missing:
        raise BadRequest("missing: %s" % ", ".join(missing))
    return [body[k] for k in keys]


def as_deferred(coro):
    return defer.ensureDeferred(coro)
