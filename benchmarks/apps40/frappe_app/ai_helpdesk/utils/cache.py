"""Small helpers around frappe.cache() (redis)."""

import functools
import hashlib
import json

import frappe


def cache_key(*parts) -> str:
    raw = json.dumps(parts, sort_keys=True, default=str)
    return "ai_helpdesk:" + hashlib.sha1(raw.encode()).hexdigest()


def cached_llm_result(ttl: int = 6 * 3600):
    """Memoise a text-producing function in redis by its arguments."""

    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = cache_key(fn.__module__, fn.__qualname__, args, kwargs)
            hit = frappe.cache().get_value(key)
            if hit is not None:
                return hit
            value = fn(*args, **kwargs)
            frappe.cache().set_value(key, value, expires_in_sec=ttl)
            return value

        return wrapper

    return decorator
