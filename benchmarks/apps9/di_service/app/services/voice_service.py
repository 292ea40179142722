"""Voice notes: customers can leave a voicemail on the support line; we transcribe it into the
ticket. Agents can also send a short spoken summary back (accessibility request, SUP-977).

Not wired through the container yet -- uses the shared client from app.clients.
"""
import io
import logging
from typing import Optional

from app.clients import get_azure_openai_client
from app.repositories.attachments import AttachmentRepository
from app.settings import get_settings

logger = logging.getLogger(__name__)

MAX_AUDIO_BYTES = 25 * 1024 * 1024


class VoiceService:
    def __init__(self, attachments: AttachmentRepository, client=None) -> None:
        self._attachments = attachments
        self._client = client or get_azure_openai_client()
        self._settings = get_settings().azure

    def transcribe_voicemail(self, ticket_id: int, filename: str, audio: bytes,
                             language: Optional[str] = None) -> str:
        if len(audio) > MAX_AUDIO_BYTES:
            raise ValueError("voicemail larger than 25 MB")
        self._attachments.put(ticket_id, filename, audio)
        kwargs = {"language": language} if language else {}
        transcript = get_azure_openai_client().audio.transcriptions.create(
            model=self._settings.whisper_deployment,
            file=(filename, io.BytesIO(audio)),
            response_format="text",
            **kwargs,
        )
        logger.info("transcribed voicemail for ticket %s (%d bytes)", ticket_id, len(audio))
        return transcript if isinstance(transcript, str) else transcript.text

    def speak(self, ticket_id: int, text: str, voice: str = "alloy") -> str:
        speech = self._client.audio.speech.create(
            model=self._settings.tts_deployment,
            voice=voice,
            input=text[:4000],
            response_format="mp3",
        )
        return self._attachments.put(ticket_id, "reply.mp3", speech.content,
                                     content_type="audio/mpeg")
