import base64

from fastapi import APIRouter, Depends, File, UploadFile
from fastapi.responses import Response

from app.deps import get_genai_client, get_openai_client
from app.errors import UpstreamError
from app.integrations import presigned_url, upload_bytes
from app.schemas import ImageRequest, SpeechRequest

router = APIRouter(prefix="/media", tags=["media"])


@router.post("/images")
async def generate_image(
    body: ImageRequest,
    openai_client=Depends(get_openai_client),
    genai_client=Depends(get_genai_client),
):
    """Illustrations for knowledge-base articles."""
    if body.provider == "google":
        result = await genai_client.aio.models.generate_images(
            model="imagen-3.0-generate-002",
            prompt=body.prompt,
            config={"number_of_images": 1, "aspect_ratio": "1:1"},
        )
        if not result.generated_images:
            raise UpstreamError("no image returned", provider="google")
        png = result.generated_images[0].image.image_bytes
    else:
        result = await openai_client.images.generate(
            model="gpt-image-1",
            prompt=body.prompt,
            size=body.size,
            n=1,
        )
        png = base64.b64decode(result.data[0].b64_json)

    key = await upload_bytes(png, "image/png", prefix="kb-images")
    return {"key": key, "url": await presigned_url(key)}


@router.post("/speech")
async def text_to_speech(body: SpeechRequest, client=Depends(get_openai_client)):
    audio = await client.audio.speech.create(
        model="gpt-4o-mini-tts",
        voice=body.voice,
        input=body.text,
        response_format="mp3",
    )
    return Response(content=audio.content, media_type="audio/mpeg")


@router.post("/transcriptions")
async def transcribe(file: UploadFile = File(...), client=Depends(get_openai_client)):
    """Voicemail attachments -> text, so they can be triaged like email."""
    data = await file.read()
    transcript = await client.audio.transcriptions.create(
        model="whisper-1",
        file=(file.filename or "voicemail.m4a", data),
    )
    return {"text": transcript.text}
