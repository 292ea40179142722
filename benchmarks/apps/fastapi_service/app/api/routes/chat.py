from fastapi import APIRouter, Depends
from pydantic import BaseModel

from app.api.deps import get_bedrock, get_claude, get_openai_client, get_tenant_id
from app.services.multi_model_service import multi_model_service

router = APIRouter(prefix="/chat", tags=["chat"])


class ChatRequest(BaseModel):
    message: str
    history: list[dict] = []


class ChatResponse(BaseModel):
    reply: str


@router.post("/", response_model=ChatResponse)
async def chat(req: ChatRequest, tenant_id: str = Depends(get_tenant_id)) -> ChatResponse:
    reply = await multi_model_service.generate_response(
        req.message, feature="chat", tenant_id=tenant_id
    )
    return ChatResponse(reply=reply)


@router.post("/quick", response_model=ChatResponse)
async def quick_reply(req: ChatRequest, llm=Depends(get_claude)) -> ChatResponse:
    msg = await llm.messages.create(
        model="claude-haiku-4-5",
        max_tokens=256,
        messages=[*req.history, {"role": "user", "content": req.message}],
    )
    return ChatResponse(reply=msg.content[0].text)


@router.post("/suggest", response_model=ChatResponse)
async def suggest(req: ChatRequest, client=Depends(get_openai_client)) -> ChatResponse:
    response = await client.responses.create(model="gpt-4.1-mini", input=req.message)
    return ChatResponse(reply=response.output_text)


@router.post("/draft", response_model=ChatResponse)
def draft(req: ChatRequest, runtime=Depends(get_bedrock)) -> ChatResponse:
    resp = runtime.converse(
        modelId="anthropic.claude-3-5-haiku-20241022-v1:0",
        messages=[{"role": "user", "content": [{"text": req.message}]}],
    )
    return ChatResponse(reply=resp["output"]["message"]["content"][0]["text"])
