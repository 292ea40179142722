"""Input moderation before anything is sent to a model."""
import logging
from dataclasses import dataclass

from chalicelib import clients
from chalicelib.config import settings

logger = logging.getLogger(__name__)


@dataclass
class ModerationResult:
    flagged: bool
    categories: list[str]

    @classmethod
    def create(cls, flagged: bool, categories=None) -> "ModerationResult":
        return cls(flagged=flagged, categories=list(categories or []))


ALLOW = ModerationResult.create(False)


def moderate(text: str) -> ModerationResult:
    if not settings.feature_flags.get("moderation"):
        return ALLOW
    # moderation is always on public OpenAI; Azure has its own content filter
    resp = clients.get_openai_client().moderations.create(
        model="omni-moderation-latest", input=text
    )
    result = resp.results[0]
    if not result.flagged:
        return ALLOW
    cats = [name for name, hit in result.categories.model_dump().items() if hit]
    logger.info("moderation flagged input: %s", cats)
    return ModerationResult.create(True, cats)
