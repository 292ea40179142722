from __future__ import annotations

import hmac

from starlette.authentication import AuthCredentials, AuthenticationBackend, AuthenticationError, SimpleUser


class TokenBackend(AuthenticationBackend):
    def __init__(self, token: str):
        self.token = token

    async def authenticate(self, conn):
        if not self.token:
            return AuthCredentials(["admin"]), SimpleUser("anonymous")
        header = conn.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value, self.token):
            raise AuthenticationError("bad token")
        return AuthCredentials(["admin"]), SimpleUser("admin")
