"""Very small shared-secret auth for rpyc connections.

Callers pass their token in the first call (``conn.root.login(token)``) or via
the ``GATEWAY_TOKEN`` env var on the client side.  Tokens map to team names
which end up in usage logs.
"""
from __future__ import annotations

import hmac
import os


class TokenStore:
    def __init__(self, env_var: str = "GATEWAY_TOKENS") -> None:
        # format: "team-a:tok1,team-b:tok2"
        raw = os.environ.get(env_var, "")
        self._tokens: dict[str, str] = {}
        for pair in filter(None, raw.split(",")):
            team, _, token = pair.partition(":")
            self._tokens[token.strip()] = team.strip()

    def team_for(self, token: str) -> str | None:
        for known, team in self._tokens.items():
            if hmac.compare_digest(known, token):
                return team
        return None

    def __len__(self) -> int:
        return len(self._tokens)


class AuthError(Exception):
    pass
