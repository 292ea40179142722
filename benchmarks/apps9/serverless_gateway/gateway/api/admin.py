"""Admin routes: health, routing table edits, API keys."""
from __future__ import annotations

import secrets
from typing import Any, Dict, List, Optional

from fastapi import APIRouter, Depends, HTTPException
from prisma import Prisma
from pydantic import BaseModel

from gateway import __version__
from gateway.api.deps import Caller, get_db, hash_key, registry, require_admin
from gateway.app import routing_table
from gateway.providers.clients import CLIENT_FACTORIES, async_openai_client, build_client
from gateway.providers.registry import ProviderRegistry

router = APIRouter(prefix="/admin")


class RouteUpdate(BaseModel):
    provider: str
    model: str
    context_window: int = 8192
    supports_tools: bool = False
    extra: Dict[str, Any] = {}


class KeyCreate(BaseModel):
    team: str
    label: Optional[str] = None
    rpm_limit: int = 600


@router.get("/health")
async def health() -> Dict[str, Any]:
    """Liveness plus a config sanity check: every provider client must build."""
    problems: List[str] = []
    for name in CLIENT_FACTORIES:
        try:
            build_client(name)
        except Exception as exc:
            problems.append(f"{name}: {exc}")
    return {"ok": not problems, "version": __version__, "problems": problems}


@router.get("/upstream/openai-models")
async def openai_models(_: Caller = Depends(require_admin)) -> List[str]:
    page = await async_openai_client().models.list()
    return sorted(m.id for m in page.data)


@router.get("/routes")
async def list_routes(_: Caller = Depends(require_admin), reg: ProviderRegistry = Depends(registry)):
    return reg.aliases()


@router.put("/routes/{alias}")
async def put_route(alias: str, update: RouteUpdate, _: Caller = Depends(require_admin)):
    await routing_table.put.aio(alias, update.model_dump())
    return {"alias": alias, **update.model_dump()}


@router.delete("/routes/{alias}")
async def delete_route(alias: str, _: Caller = Depends(require_admin)):
    try:
        await routing_table.pop.aio(alias)
    except KeyError:
        raise HTTPException(status_code=404, detail="no such route override") from None
    return {"deleted": alias}


@router.post("/keys")
async def create_key(body: KeyCreate, _: Caller = Depends(require_admin), db: Prisma = Depends(get_db)):
    raw = "gw-" + secrets.token_urlsafe(32)
    key = await db.apikey.create(
        data={"keyHash": hash_key(raw), "team": body.team, "label": body.label, "rpmLimit": body.rpm_limit}
    )
    return {"id": key.id, "api_key": raw, "team": key.team}


@router.delete("/keys/{key_id}")
async def revoke_key(key_id: str, _: Caller = Depends(require_admin), db: Prisma = Depends(get_db)):
    from datetime import datetime, timezone

    await db.apikey.update(where={"id": key_id}, data={"revokedAt": datetime.now(timezone.utc)})
    return {"revoked": key_id}
