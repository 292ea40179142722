"""Shared FastStream dependency aliases and Depends() providers."""
from __future__ import annotations

from typing import Annotated

import anthropic
import voyageai
from faststream import Context, Depends
from openai import AsyncOpenAI
from xai_sdk import AsyncClient as XAIAsyncClient

from workers.clients import get_bedrock_runtime, get_sync_openai
from workers.services.warehouse import WarehouseClient

# clients put into the context by workers.app.setup_clients
OpenAIClient = Annotated[AsyncOpenAI, Context("openai_client")]
AnthropicClient = Annotated[anthropic.AsyncAnthropic, Context("anthropic_client")]
VoyageClient = Annotated[voyageai.AsyncClient, Context("voyage_client")]
XAIClient = Annotated[XAIAsyncClient, Context("xai_client")]
GrokCompatClient = Annotated[AsyncOpenAI, Context("grok_client")]


def bedrock_runtime():
    return get_bedrock_runtime()


def sync_openai():
    return get_sync_openai()


async def warehouse(dsn: str = Context("settings.warehouse_dsn")) -> WarehouseClient:
    return WarehouseClient.from_dsn(dsn)


Bedrock = Annotated[object, Depends(bedrock_runtime)]
Warehouse = Annotated[WarehouseClient, Depends(warehouse)]
