import hmac
from functools import wraps

from flask import abort, current_app, request


def require_admin(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        expected = current_app.config.get("ADMIN_TOKEN")
        supplied = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        if not expected or not hmac.compare_digest(expected, supplied):
            abort(401)
        return view(*args, **kwargs)

    return wrapper
