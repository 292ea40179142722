from __future__ import annotations

from typing import Annotated

import voyageai
from anthropic import AsyncAnthropic
from fastapi import Depends, Header, HTTPException, Request

from docproc.db import DocumentRepository, get_repository
from llm.embeddings import Embedder


def get_anthropic(request: Request) -> AsyncAnthropic:
    return request.app.state.anthropic


def get_voyage(request: Request) -> voyageai.AsyncClient:
    return request.app.state.voyage


def get_query_embedder(request: Request) -> Embedder:
    return request.app.state.query_embedder


async def tenant_id(x_tenant_id: Annotated[str | None, Header()] = None) -> str:
    if not x_tenant_id:
        raise HTTPException(status_code=400, detail="X-Tenant-Id header required")
    return x_tenant_id


AnthropicDep = Annotated[AsyncAnthropic, Depends(get_anthropic)]
VoyageDep = Annotated[voyageai.AsyncClient, Depends(get_voyage)]
EmbedderDep = Annotated[Embedder, Depends(get_query_embedder)]
RepoDep = Annotated[DocumentRepository, Depends(get_repository)]
TenantDep = Annotated[str, Depends(tenant_id)]
