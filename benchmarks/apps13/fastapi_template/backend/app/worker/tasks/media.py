import asyncio
import io
import logging
import os
import uuid

from sqlmodel import Session

from app.core.config import settings
from app.core.db import engine
from app.models import Attachment, Tenant
from app.services import storage
from app.services.alt_text import AltTextGenerator

logger = logging.getLogger(__name__)

_alt_text: AltTextGenerator | None = None


def _generator() -> AltTextGenerator:
    global _alt_text
    if _alt_text is None:
        _alt_text = AltTextGenerator()
    return _alt_text


async def generate_alt_text(ctx: dict, attachment_id: str) -> str | None:
    with Session(engine) as session:
        attachment = session.get(Attachment, uuid.UUID(attachment_id))
        if attachment is None or attachment.alt_text:
            return None
        tenant = session.get(Tenant, attachment.tenant_id)
        data = await asyncio.to_thread(storage.get_attachment, attachment.s3_key)
        alt = await asyncio.to_thread(
            _generator().generate, data, language=tenant.language if tenant else "en"
        )
        attachment.alt_text = alt
        session.add(attachment)
        session.commit()
        return alt


async def transcribe_attachment(ctx: dict, attachment_id: str) -> int:
    """Transcribe audio attachments (call recordings uploaded with tickets)."""
    with Session(engine) as session:
        attachment = session.get(Attachment, uuid.UUID(attachment_id))
        if attachment is None:
            return 0
        audio = await asyncio.to_thread(storage.get_attachment, attachment.s3_key)
        buf = io.BytesIO(audio)
        buf.name = os.path.basename(attachment.s3_key)
        transcription = await ctx["azure"].audio.transcriptions.create(
            model=settings.AZURE_OPENAI_WHISPER_DEPLOYMENT,
            file=buf,
            response_format="verbose_json",
        )
        attachment.transcript = transcription.text
        session.add(attachment)
        session.commit()
        logger.info("transcribed %s (%.0fs audio)", attachment_id, transcription.duration or 0)
        return len(transcription.text)
