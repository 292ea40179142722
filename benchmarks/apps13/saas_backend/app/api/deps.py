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
from app.models import Tenant, TokenPayload, User
from app.services.ai_clients import (
    get_async_azure_openai,
    get_azure_openai,
    get_bedrock_runtime,
    get_genai_client,
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
    tenant = session.get(Tenant, current_user.tenant_id)
    if tenant is None:
        raise HTTPException(status_code=404, detail="Tenant not found")
    return tenant


CurrentTenant = Annotated[Tenant, Depends(get_current_tenant)]


def require_ai_features(tenant: CurrentTenant) -> Tenant:
    if not tenant.ai_features_enabled:
        raise HTTPException(status_code=403, detail="AI features are disabled for this workspace")
    return tenant


AITenant = Annotated[Tenant, Depends(require_ai_features)]


def get_arq(request: Request) -> ArqRedis:
    return request.app.state.arq


ArqDep = Annotated[ArqRedis, Depends(get_arq)]

# Provider clients, injectable so tests can override them
AzureDep = Annotated[AzureOpenAI, Depends(get_azure_openai)]
AsyncAzureDep = Annotated[AsyncAzureOpenAI, Depends(get_async_azure_openai)]
BedrockDep = Annotated[object, Depends(get_bedrock_runtime)]
GenAIDep = Annotated[genai.Client, Depends(get_genai_client)]
