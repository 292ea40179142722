"""Security handlers referenced from openapi/api.yaml (x-bearerInfoFunc / x-apikeyInfoFunc)."""
import hmac
import logging

import jwt
from connexion.exceptions import OAuthProblem
from flask import current_app

log = logging.getLogger(__name__)


def decode_token(token):
    cfg = current_app.config
    try:
        claims = jwt.decode(
            token,
            cfg["JWT_PUBLIC_KEY"],
            algorithms=["RS256"],
            audience=cfg["JWT_AUDIENCE"],
        )
    except jwt.PyJWTError as exc:
        log.info("rejected token: %s", exc)
        raise OAuthProblem(detail="Invalid token") from exc
    return {
        "sub": claims["sub"],
        "tenant": claims.get("tenant", "default"),
        "scope": claims.get("scope", "").split(),
    }


def check_api_key(apikey, required_scopes=None):
    for known in current_app.config.get("INTERNAL_API_KEYS", []):
        if hmac.compare_digest(apikey, known):
            return {"sub": "internal", "tenant": "internal", "scope": ["moderation"]}
    raise OAuthProblem(detail="Unknown API key")


def require_scope(token_info, scope):
    """Helper for handlers that need a finer scope than the spec expresses."""
    if scope not in (token_info or {}).get("scope", []):
        raise OAuthProblem(detail=f"missing scope {scope}")
    return True


def tenant_of(token_info):
    return (token_info or {}).get("tenant", "default")
