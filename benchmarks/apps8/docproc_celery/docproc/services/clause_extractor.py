"""Contract clause extraction with Gemini structured output.

Gemini's long context lets us send whole contracts (up to ~1M tokens) instead of
chunking, which matters because clauses reference each other's definitions.
"""
import logging
from typing import List, Sequence

from google.genai import types

from docproc.clients.gemini import RELAXED_SAFETY, get_genai_client
from docproc.errors import MalformedModelOutput
from docproc.prompts import CLAUSE_EXTRACTION_PROMPT
from docproc.schemas import Clause, ClauseList
from docproc.settings import settings

logger = logging.getLogger(__name__)

DEFAULT_CATEGORIES = (
    "termination",
    "limitation_of_liability",
    "indemnification",
    "governing_law",
    "assignment",
    "change_of_control",
    "confidentiality",
    "non_compete",
    "payment_terms",
)

# Above this we switch to the Pro model; Flash gets sloppy on very long contracts.
PRO_THRESHOLD_TOKENS = 200_000


class ClauseExtractor:
    def __init__(self, client=None):
        self._genai = client or get_genai_client()

    def _pick_model(self, text: str) -> str:
        count = self._genai.models.count_tokens(model=settings.gemini_model, contents=text)
        if count.total_tokens > PRO_THRESHOLD_TOKENS:
            return settings.gemini_pro_model
        return settings.gemini_model

    def extract(self, text: str, categories: Sequence[str] = DEFAULT_CATEGORIES) -> List[Clause]:
        model = self._pick_model(text)
        response = self._genai.models.generate_content(
            model=model,
            contents=CLAUSE_EXTRACTION_PROMPT.format(categories=", ".join(categories), text=text),
            config=types.GenerateContentConfig(
                temperature=0,
                response_mime_type="application/json",
                response_schema=ClauseList,
                safety_settings=RELAXED_SAFETY,
                max_output_tokens=8192,
            ),
        )
        if response.parsed is None:
            raise MalformedModelOutput("google", response.text or "")
        clauses = response.parsed.clauses
        logger.info(
            "extracted %d clauses with %s (prompt_tokens=%s)",
            len(clauses),
            model,
            response.usage_metadata.prompt_token_count if response.usage_metadata else "?",
        )
        return [c for c in clauses if c.category in categories]
