"""FastAPI dependencies: API-key auth and shared singletons."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, Header, HTTPException
from prisma import Prisma

from gateway.providers.registry import ProviderRegistry, get_registry

_db: Optional[Prisma] = None


@dataclass
class Caller:
    team: str
    key_id: str
    rpm_limit: int
    moderate_inputs: bool = False


async def get_db() -> Prisma:
    global _db
    if _db is None:
        _db = Prisma()
    if not _db.is_connected():
        await _db.connect()
    return _db


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


async def require_caller(
    authorization: str = Header(default=""), db: Prisma = Depends(get_db)
) -> Caller:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    key = await db.apikey.find_unique(where={"keyHash": hash_key(token)})
    if key is None or key.revokedAt is not None:
        raise HTTPException(status_code=401, detail="invalid api key")
    return Caller(team=key.team, key_id=key.id, rpm_limit=key.rpmLimit, moderate_inputs=key.team.startswith("ext-"))


async def require_admin(caller: Caller = Depends(require_caller)) -> Caller:
    if caller.team != "platform-ml":
        raise HTTPException(status_code=403, detail="admin only")
    return caller


def registry() -> ProviderRegistry:
    return get_registry()
