"""Inspect websocket traffic: flag suspicious client frames with Gemini and
transcribe binary audio frames (voice apps) with Whisper."""
from __future__ import annotations

import io
import logging

from mitmproxy import ctx, http

from shared.clients import make_genai_client, make_openai_client

logger = logging.getLogger(__name__)

WS_PROMPT = ("This is a single websocket frame sent by a client app. Reply with one word: "
             "BENIGN, TRACKING, CREDENTIALS or COMMAND, then a short reason.\n\n{frame}")
AUDIO_MAGIC = (b"RIFF", b"OggS", b"\x1aE\xdf\xa3")


class WebSocketInspector:
    def __init__(self) -> None:
        self.client = None
        self.openai = None
        self.frames_seen = 0

    def load(self, loader):
        loader.add_option("wsinspect_enabled", bool, False, "Inspect websocket frames with Gemini.")
        loader.add_option("wsinspect_model", str, "gemini-2.0-flash-lite", "Model for frame classification.")
        loader.add_option("wsinspect_transcribe", bool, False, "Transcribe audio frames with Whisper.")
        loader.add_option("wsinspect_max_tokens", int, 2000, "Skip frames larger than this many tokens.")

    def configure(self, updated):
        if "wsinspect_enabled" in updated and ctx.options.wsinspect_enabled:
            self.client = make_genai_client()
        if "wsinspect_transcribe" in updated and ctx.options.wsinspect_transcribe:
            self.openai = make_openai_client()

    def _too_big(self, text: str) -> bool:
        counted = self.client.models.count_tokens(model=ctx.options.wsinspect_model, contents=text)
        return (counted.total_tokens or 0) > ctx.options.wsinspect_max_tokens

    async def websocket_message(self, flow: http.HTTPFlow):
        assert flow.websocket is not None
        message = flow.websocket.messages[-1]
        self.frames_seen += 1
        if not message.from_client:
            return
        if message.is_text and ctx.options.wsinspect_enabled:
            text = message.text
            if len(text) < 8 or self._too_big(text):
                return
            result = await self.client.aio.models.generate_content(
                model=ctx.options.wsinspect_model,
                contents=WS_PROMPT.format(frame=text),
            )
            verdict = (result.text or "").strip()
            if not verdict.upper().startswith("BENIGN"):
                flow.marked = ":eyes:"
                flow.comment = f"ws frame {len(flow.websocket.messages)}: {verdict}"
        elif not message.is_text and ctx.options.wsinspect_transcribe:
            self._transcribe(flow, message.content)

    def _transcribe(self, flow: http.HTTPFlow, data: bytes) -> None:
        if not data.startswith(AUDIO_MAGIC):
            return
        buf = io.BytesIO(data)
        buf.name = "frame.wav" if data.startswith(b"RIFF") else "frame.ogg"
        transcript = self.openai.audio.transcriptions.create(model="whisper-1", file=buf)
        flow.metadata.setdefault("ws_transcripts", []).append(transcript.text)

    def websocket_end(self, flow: http.HTTPFlow):
        transcripts = flow.metadata.get("ws_transcripts")
        if not transcripts or self.client is None:
            return
        joined = "\n".join(transcripts)
        pieces = []
        for chunk in self.client.models.generate_content_stream(
            model=ctx.options.wsinspect_model,
            contents=f"Summarise this voice session in two sentences:\n{joined}",
        ):
            pieces.append(chunk.text or "")
        flow.comment = "".join(pieces)


addons = [WebSocketInspector()]
