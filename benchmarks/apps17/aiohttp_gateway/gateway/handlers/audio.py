from __future__ import annotations

import logging

from aiohttp import web

from gateway import appkeys
from gateway.errors import BadRequest

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

STT_MODEL = "whisper-large-v3-turbo"
TTS_MODEL = "playai-tts"


async def _read_upload(request: web.Request):
    reader = await request.multipart()
    field = await reader.next()
    if field is None or field.name != "file":
        raise BadRequest("expected a multipart field named 'file'")
    data = await field.read(decode=False)
    limit = request.app[appkeys.SETTINGS].max_upload_mb * 1024 * 1024
    if len(data) > limit:
        raise BadRequest("file too large")
    return field.filename or "audio.webm", bytes(data)


@routes.post("/v1/audio/transcriptions")
async def transcribe(request: web.Request) -> web.Response:
    filename, data = await _read_upload(request)
    groq = request.app[appkeys.GROQ]
    result = await groq.audio.transcriptions.create(
        file=(filename, data),
        model=STT_MODEL,
        response_format="verbose_json",
        language=request.query.get("language"),
    )
    return web.json_response({"text": result.text, "duration": getattr(result, "duration", None)})


@routes.post("/v1/audio/translations")
async def translate_audio(request: web.Request) -> web.Response:
    filename, data = await _read_upload(request)
    raw = await request.app[appkeys.GROQ].audio.translations.with_raw_response.create(
        file=(filename, data),
        model="whisper-large-v3",
    )
    log.info("groq translation request id %s", raw.headers.get("x-request-id"))
    translation = raw.parse()
    return web.json_response({"text": translation.text})


@routes.post("/v1/audio/speech")
async def speech(request: web.Request) -> web.Response:
    body = await request.json()
    text = body.get("input", "")
    if not text or len(text) > 4000:
        raise BadRequest("input must be 1..4000 characters")
    audio = await request.app[appkeys.GROQ].audio.speech.create(
        model=TTS_MODEL,
        voice=body.get("voice", "Fritz-PlayAI"),
        input=text,
        response_format="wav",
    )
    return web.Response(body=await audio.read(), content_type="audio/wav")
