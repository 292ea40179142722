import uuid
from collections.abc import Generator
from typing import Annotated

import jwt
from arq.connections import ArqRedis
from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer
from google import genai
from jwt.exceptions import InvalidTokenError
from openai import AsyncAzureOpenAI, AzureOpenAI
from pydantic import ValidationError
from sqlmodel import Session

from app.core import security
from app.core.config import settings
from app.core.db import engine
from app.core.logging import tenant_id_ctx
from app.models import Tenant, TokenPayload, User
from app.services.ai_clients import (
    get_async_azure_openai,
    get_azure_openai,
    get_genai,
)

reusable_oauth2 = OAuth2PasswordBearer(
    tokenUrl=f"{settings.API_V1_STR}/login/access-token"
)


def get_db() -> Generator[Session, None, None]:
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_db)]
TokenDep = Annotated[str, Depends(reusable_oauth2)]


def get_current_user(session: SessionDep, token: TokenDep) -> User:
    try:
        payload = jwt.decode(
            token, settings.SECRET_KEY, algorithms=[security.ALGORITHM]
        )
        token_data = TokenPayload(**payload)
    except (InvalidTokenError, ValidationError):
        raise HTTPException(
            status_code=status.HTTP_403_FORBIDDEN,
            detail="Could not validate credentials",
        )
    user = session.get(User, token_data.sub)
    if not user:
        raise HTTPException(status_code=404, detail="User not found")
    if not user.is_active:
        raise HTTPException(status_code=400, detail="Inactive user")
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


def get_current_active_superuser(current_user: CurrentUser) -> User:
    if not current_user.is_superuser:
        raise HTTPException(
            status_code=403, detail="The user doesn't have enough privileges"
        )
    return current_user


def get_current_tenant(session: SessionDep, current_user: CurrentUser) -> Tenant:
    if current_user.tenant_id is None:
        raise HTTPException(status_code=403, detail="User is not attached to a workspace")
    tenant = session.get(Tenant, current_user.tenant_id)
    if tenant is None:
        raise HTTPException(status_code=404, detail="Workspace not found")
    tenant_id_ctx.set(str(tenant.id))
    return tenant


CurrentTenant = Annotated[Tenant, Depends(get_current_tenant)]


def require_ai_feature(feature: str):
    def _check(tenant: CurrentTenant) -> Tenant:
        if not settings.AI_FEATURES_ENABLED or not tenant.ai_enabled(feature):
            raise HTTPException(status_code=402, detail=f"'{feature}' is not enabled for this workspace")
        return tenant

    return _check


def get_arq(request: Request) -> ArqRedis:
    return request.app.state.arq


ArqDep = Annotated[ArqRedis, Depends(get_arq)]

# AI clients. Prefer the service layer; these exist for the small endpoints
# that don't warrant a service of their own.
AzureOpenAIDep = Annotated[AzureOpenAI, Depends(get_azure_openai)]
AsyncAzureOpenAIDep = Annotated[AsyncAzureOpenAI, Depends(get_async_azure_openai)]
GenAIDep = Annotated[genai.Client, Depends(get_genai)]


def parse_uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise HTTPException(status_code=422, detail="Invalid id")
