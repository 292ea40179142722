"""FNOL intake: validates, enriches and registers new claims."""
import logging
from typing import Any, Dict

from nameko.events import EventDispatcher
from nameko.rpc import rpc

from common.dependencies import LLMClient
from common.embeddings import EMBEDDING_MODEL, cosine
from common.prompts import LOSS_TYPE_SYSTEM, LOSS_TYPES
from common.retry import with_retries
from common.storage import ClaimNumberGenerator, ClaimsStore
from services.extraction import detect_language, extract_claim_fields

log = logging.getLogger(__name__)

CLAIM_NUMBERS = ClaimNumberGenerator(prefix="FNOL")
DUPLICATE_THRESHOLD = 0.93


class ClaimIntakeService:
    name = "claim_intake"

    llm = LLMClient()
    claims = ClaimsStore()
    dispatch = EventDispatcher()

    @rpc
    def submit_claim(self, payload: Dict[str, Any]) -> Dict[str, Any]:
        statement = (payload.get("statement") or "").strip()
        if not statement:
            raise ValueError("statement is required")

        flagged = self.moderate(statement)
        language = detect_language(self.llm, statement)
        fields = extract_claim_fields(self.llm, statement)
        loss_type = self.classify_loss_type(statement)

        claim_number = CLAIM_NUMBERS.generate()
        record = self.claims.create(
            claim_number,
            statement=statement,
            language=language,
            loss_type=loss_type,
            moderation_flagged=flagged,
            channel=payload.get("channel", "web"),
            **fields.model_dump(mode="json"),
        )
        self.dispatch("claim_submitted", record)
        log.info("registered claim %s (%s)", claim_number, loss_type)
        return record

    @rpc
    def classify_loss_type(self, description: str) -> str:
        response = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": LOSS_TYPE_SYSTEM.format(labels=", ".join(LOSS_TYPES))},
                {"role": "user", "content": description},
            ],
            temperature=0,
            max_tokens=10,
        )
        label = (response.choices[0].message.content or "").strip().lower()
        return label if label in LOSS_TYPES else "other"

    @rpc
    def moderate(self, text: str) -> bool:
        result = self.llm.moderations.create(model="omni-moderation-latest", input=text)
        return bool(result.results and result.results[0].flagged)

    @rpc
    def transcribe_voicemail(self, audio_path: str) -> str:
        """Claims line voicemails are dropped on the shared volume by the telephony bridge."""
        with open(audio_path, "rb") as audio:
            transcript = self.llm.audio.transcriptions.create(
                model="whisper-1",
                file=audio,
                language="en",
                prompt="Insurance claim voicemail. Policy numbers look like AB12-1234567.",
            )
        return transcript.text

    @rpc
    def find_duplicates(self, claim_number: str, limit: int = 5):
        claim = self.claims.get(claim_number)
        if claim is None:
            return []
        candidates = [c for c in self.claims.search(policy_number=claim.get("policy_number")) if c["claim_number"] != claim_number]
        if not candidates:
            return []
        texts = [claim["statement"]] + [c["statement"] for c in candidates]
        response = with_retries(self.llm.embeddings.create, model=EMBEDDING_MODEL, input=texts)
        vectors = [d.embedding for d in response.data]
        query, rest = vectors[0], vectors[1:]
        scored = sorted(
            ((cosine(query, vec), cand["claim_number"]) for vec, cand in zip(rest, candidates)),
            reverse=True,
        )
        return [{"claim_number": num, "score": round(score, 3)} for score, num in scored[:limit] if score >= DUPLICATE_THRESHOLD]
