"""SSO glue. The oauth2-proxy in front of the tools sets X-Forwarded-Email."""
from __future__ import annotations

from typing import Optional

import gradio as gr

from common.settings import get_settings


def user_email(request: Optional[gr.Request]) -> Optional[str]:
    if request is None:  # local dev / tests
        return None
    header = get_settings().sso_header.lower()
    email = request.headers.get(header)
    if not email:
        return None
    domain = email.rsplit("@", 1)[-1].lower()
    allowed = {d.strip() for d in get_settings().allowed_domains.split(",")}
    return email if domain in allowed else None


def require_user(request: Optional[gr.Request]) -> str:
    email = user_email(request)
    if email is None and get_settings().environment != "dev":
        raise gr.Error("You need to be signed in through SSO to use this tool.")
    return email or "dev@acme.com"
