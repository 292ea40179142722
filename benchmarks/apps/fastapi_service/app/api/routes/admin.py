from fastapi import APIRouter, Depends

from app.api.deps import get_openai_client

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get("/models")
async def list_models(client=Depends(get_openai_client)) -> list[str]:
    page = await client.models.list()
    return [m.id for m in page.data]


@router.post("/banner")
async def banner(prompt: str, client=Depends(get_openai_client)) -> str:
    image = await client.images.generate(model="gpt-image-1", prompt=prompt, size="1536x1024")
    return image.data[0].b64_json
