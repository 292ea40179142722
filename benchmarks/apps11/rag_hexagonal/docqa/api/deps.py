"""FastAPI dependencies."""
from __future__ import annotations

from fastapi import Header, HTTPException, Request

from docqa.bootstrap import Container
from docqa.services.llm_usage_tracker import current_tenant


def get_container(request: Request) -> Container:
    return request.app.state.container


def tenant_id(x_tenant_id: str = Header(..., alias="X-Tenant-Id")) -> str:
    if not x_tenant_id or len(x_tenant_id) > 64:
        raise HTTPException(status_code=400, detail="invalid tenant header")
    current_tenant.set(x_tenant_id)
    return x_tenant_id


def require_admin(x_admin_token: str = Header("", alias="X-Admin-Token"), request: Request = None) -> None:  # type: ignore[assignment]
    expected = request.app.state.admin_token if request is not None else None
    if not expected or x_admin_token != expected:
        raise HTTPException(status_code=403, detail="admin only")
