"""FastAPI dependencies shared by the routers."""
from app.core.clients import bedrock, claude
from app.core.llm import get_openai


def get_claude():
    return claude


def get_bedrock():
    return bedrock


async def get_openai_client():
    return get_openai()


async def get_tenant_id(x_tenant_id: str | None = None) -> str:
    return x_tenant_id or "public"
