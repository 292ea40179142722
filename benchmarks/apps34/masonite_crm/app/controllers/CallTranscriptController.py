"""CallTranscriptController: upload recordings, analyse calls, coach reps."""
import os
import uuid

from anthropic import Anthropic
from masonite.controllers import Controller
from masonite.filesystem import Storage
from masonite.request import Request
from masonite.response import Response

from app.jobs.AnalyzeTranscriptJob import AnalyzeTranscriptJob
from app.models.CallTranscript import CallTranscript
from app.services.ai.transcript_analyzer import TranscriptAnalyzer


class CallTranscriptController(Controller):
    def upload(self, request: Request, response: Response, storage: Storage):
        audio = request.input("audio")
        if not audio:
            return response.json({"error": "audio file required"}, status=422)
        name = f"{uuid.uuid4().hex}{os.path.splitext(audio.name)[1]}"
        path = storage.disk("local").put_file("recordings", audio, name=name)
        transcript = CallTranscript.create(
            {
                "lead_id": request.input("lead_id"),
                "user_id": request.user().id,
                "audio_path": path,
                "status": "uploaded",
            }
        )
        request.app.make("queue").push(AnalyzeTranscriptJob(transcript.id))
        return response.json({"id": transcript.id, "status": transcript.status}, status=202)

    def analyze_text(self, request: Request, response: Response, analyzer: TranscriptAnalyzer):
        text = request.input("text", "")
        if len(text) < 50:
            return response.json({"error": "transcript too short"}, status=422)
        return response.json(analyzer.analyze(text))

    def coach(self, request: Request, response: Response, anthropic: Anthropic):
        """Stream coaching tips for a finished call back to the browser."""
        transcript = CallTranscript.find_or_fail(request.param("id"))
        chunks = []
        with anthropic.messages.stream(
            model="claude-3-5-sonnet-latest",
            max_tokens=700,
            system="You are a kind but direct sales coach.",
            messages=[
                {
                    "role": "user",
                    "content": "Give three coaching tips for this call:\n\n" + (transcript.text or ""),
                }
            ],
        ) as stream:
            for text in stream.text_stream:
                chunks.append(text)
        return response.json({"tips": "".join(chunks)})

    def follow_up(self, request: Request, response: Response):
        """Draft the recap email for a call with Mistral (streams into the editor)."""
        transcript = CallTranscript.find_or_fail(request.param("id"))
        mistral = request.app.make("ai.mistral")
        analysis = transcript.analysis or {}
        events = mistral.chat.stream(
            model="mistral-large-latest",
            messages=[
                {
                    "role": "user",
                    "content": "Write a recap email covering these next steps: "
                    + "; ".join(analysis.get("next_steps", []))
                    + "\n\nCall summary: "
                    + analysis.get("summary", ""),
                }
            ],
        )
        parts = []
        for event in events:
            delta = event.data.choices[0].delta.content
            if delta:
                parts.append(delta)
        return response.json({"email": "".join(parts)})

    def action_items(self, request: Request, response: Response, analyzer: TranscriptAnalyzer):
        transcript = CallTranscript.find_or_fail(request.param("id"))
        return response.json({"items": analyzer.extract_action_items(transcript.text or "")})

    def show(self, request: Request, response: Response):
        transcript = CallTranscript.find_or_fail(request.param("id"))
        return response.json(
            {
                "id": transcript.id,
                "status": transcript.status,
                "analysis": transcript.analysis,
            }
        )
