import functools
import hmac

from flask import current_app, request, Response


def _check(username, password):
    expected = current_app.config["SECRET_KEY"]
    return username in current_app.config["ADMIN_USERS"] and hmac.compare_digest(
        password or "", expected
    )


def requires_auth(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.authorization
        if not auth or not _check(auth.username, auth.password):
            return Response("login required", 401, {"WWW-Authenticate": 'Basic realm="admin"'})
        return view(*args, **kwargs)

    return wrapper
