"""Call transcript analysis: Whisper for audio, Mistral for the analysis."""
import json
import logging
from pathlib import Path

from masonite.configuration import config
from wsgi import application

from app.services.ai.clients import get_anthropic, get_openai
from app.services.ai.prompts import PromptLibrary

logger = logging.getLogger(__name__)


class TranscriptAnalysisError(Exception):
    pass


class TranscriptAnalyzer:
    def __init__(self):
        self.mistral = application.make("ai.mistral")
        self.model = config("ai.mistral.analysis_model", "mistral-large-latest")

    def transcribe(self, audio_path: str) -> str:
        client = get_openai()
        with open(Path(audio_path), "rb") as audio:
            result = client.audio.transcriptions.create(
                model=config("ai.openai.transcription_model", "whisper-1"),
                file=audio,
                response_format="text",
            )
        return result if isinstance(result, str) else result.text

    def _messages(self, transcript: str):
        return [
            {"role": "system", "content": PromptLibrary.system_prompt("transcript")},
            {
                "role": "user",
                "content": PromptLibrary.render(
                    PromptLibrary.TRANSCRIPT_ANALYSIS, transcript=transcript
                ),
            },
        ]

    @staticmethod
    def _parse(content: str) -> dict:
        content = content.strip()
        if content.startswith("```"):
            content = content.strip("`").removeprefix("json").strip()
        try:
            return json.loads(content)
        except json.JSONDecodeError as exc:
            raise TranscriptAnalysisError(f"model returned invalid JSON: {exc}") from exc

    def analyze(self, transcript: str) -> dict:
        response = self.mistral.chat.complete(
            model=self.model,
            messages=self._messages(transcript),
            response_format={"type": "json_object"},
            temperature=0.2,
        )
        return self._parse(response.choices[0].message.content)

    async def analyze_async(self, transcript: str) -> dict:
        response = await self.mistral.chat.complete_async(
            model=self.model,
            messages=self._messages(transcript),
            response_format={"type": "json_object"},
        )
        return self._parse(response.choices[0].message.content)

    ACTION_ITEM_TOOL = {
        "name": "record_action_items",
        "description": "Record the follow-up tasks agreed on the call.",
        "input_schema": {
            "type": "object",
            "properties": {
                "items": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "owner": {"type": "string", "enum": ["rep", "prospect"]},
                            "task": {"type": "string"},
                            "due": {"type": "string"},
                        },
                        "required": ["owner", "task"],
                    },
                }
            },
            "required": ["items"],
        },
    }

    def extract_action_items(self, transcript: str) -> list:
        message = get_anthropic().messages.create(
            model=config("ai.anthropic.fast_model"),
            max_tokens=800,
            tools=[self.ACTION_ITEM_TOOL],
            tool_choice={"type": "tool", "name": "record_action_items"},
            messages=[{"role": "user", "content": transcript}],
        )
        for block in message.content:
            if block.type == "tool_use":
                return block.input.get("items", [])
        return []
