from enrich.stages.base import BaseStage, ChatCompletionStage, Stage
from enrich.stages.loader import STAGE_CLASSES, build_stages

__all__ = ["BaseStage", "ChatCompletionStage", "Stage", "STAGE_CLASSES", "build_stages"]
