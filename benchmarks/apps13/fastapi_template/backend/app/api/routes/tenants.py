from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel
from sqlmodel import func, select

from app.api.deps import CurrentTenant, SessionDep
from app.models import Attachment, Document, Tenant, User

router = APIRouter(prefix="/workspace", tags=["workspace"])

ONBOARDING_STEPS = ("invite_team", "upload_document", "enable_ai", "connect_inbox")


class OnboardingStatus(BaseModel):
    steps: dict[str, bool]
    completion: float


def onboarding_completion(tenant: Tenant, *, members: int, documents: int) -> OnboardingStatus:
    steps = {
        "invite_team": members > 1,
        "upload_document": documents > 0,
        "enable_ai": bool(tenant.ai_settings),
        "connect_inbox": bool(tenant.ai_settings.get("inbox_connected")),
    }
    done = sum(1 for s in ONBOARDING_STEPS if steps[s])
    return OnboardingStatus(steps=steps, completion=round(done / len(ONBOARDING_STEPS), 2))


@router.get("/")
def read_workspace(tenant: CurrentTenant) -> Any:
    return {
        "id": tenant.id,
        "name": tenant.name,
        "plan": tenant.plan,
        "ai_settings": tenant.ai_settings,
    }


@router.get("/onboarding", response_model=OnboardingStatus)
def read_onboarding(session: SessionDep, tenant: CurrentTenant) -> Any:
    members = session.exec(
        select(func.count()).select_from(User).where(User.tenant_id == tenant.id)
    ).one()
    documents = session.exec(
        select(func.count()).select_from(Document).where(Document.tenant_id == tenant.id)
    ).one()
    return onboarding_completion(tenant, members=members, documents=documents)


@router.get("/usage")
def read_storage_usage(session: SessionDep, tenant: CurrentTenant) -> Any:
    used = session.exec(
        select(func.coalesce(func.sum(Attachment.size_bytes), 0)).where(
            Attachment.tenant_id == tenant.id
        )
    ).one()
    return {"attachments_bytes": used}
