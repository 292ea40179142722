"""Customer sentiment and escalation risk, shown as badges in the ticket list."""
import json
import logging
from typing import List, Optional

from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.schemas import Ticket
from app.utils import render_transcript

logger = logging.getLogger(__name__)

SENTIMENTS = ("positive", "neutral", "frustrated", "angry")

ESCALATION_PROMPT = """Given the conversation below, estimate the probability (0-1) that the
customer escalates to a manager or churns within a week. Reply as JSON:
{"risk": <float>, "signals": [<short strings>]}"""


class SentimentService:
    def __init__(self, bedrock_client, escalation_model_id: str, genai_client=None,
                 tag_model: str = "gemini-2.0-flash-001") -> None:
        self._bedrock = bedrock_client
        self._escalation_model_id = escalation_model_id
        self._genai = genai_client
        self._tag_model = tag_model

    async def sentiment(self, ticket: Ticket) -> str:
        latest = ticket.messages[-1].content if ticket.messages else ticket.body
        answer = await multi_model_service.generate_response(
            prompt=f"Customer message:\n{latest[:4000]}",
            task_type="sentiment",
            complexity=TaskComplexity.SIMPLE,
            system_prompt=(
                "Classify the customer's sentiment as one of: " + ", ".join(SENTIMENTS)
                + ". Answer with the single word."
            ),
            temperature=0,
            max_tokens=3,
        )
        label = answer.strip().lower()
        return label if label in SENTIMENTS else "neutral"

    async def escalation_risk(self, ticket: Ticket) -> dict:
        transcript = render_transcript([m.model_dump() for m in ticket.messages]) or ticket.body
        async with llm_tracker.track_llm_call(
            provider="bedrock",
            model=self._escalation_model_id,
            feature_context="escalation_risk",
        ) as usage_log:
            resp = self._bedrock.converse(
                modelId=self._escalation_model_id,
                messages=[{
                    "role": "user",
                    "content": [{"text": f"{ESCALATION_PROMPT}\n\n{transcript}"}],
                }],
                inferenceConfig={"maxTokens": 200, "temperature": 0},
            )
            usage_log.input_tokens = resp["usage"]["inputTokens"]
            usage_log.output_tokens = resp["usage"]["outputTokens"]
        text = resp["output"]["message"]["content"][0]["text"]
        try:
            data = json.loads(text)
            return {"risk": float(data.get("risk", 0.0)), "signals": data.get("signals", [])}
        except (ValueError, TypeError):
            return {"risk": 0.0, "signals": []}

    def emotion_tags(self, text: str) -> List[str]:
        """Free-form emotion tags for the QA dashboard (experimental, behind a flag)."""
        if self._genai is None:
            return []
        response = self._genai.models.generate_content(
            model=self._tag_model,
            contents=f"List up to 3 one-word emotions expressed in this message, comma "
                     f"separated:\n\n{text[:2000]}",
            config={"temperature": 0, "max_output_tokens": 20},
        )
        raw: Optional[str] = response.text
        return [t.strip().lower() for t in (raw or "").split(",") if t.strip()][:3]
