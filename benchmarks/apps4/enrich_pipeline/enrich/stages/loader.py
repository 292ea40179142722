"""Turns the YAML stage list into stage instances."""
from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Dict, List, Type

from enrich.errors import ConfigError
from enrich.stages.base import BaseStage, Stage

if TYPE_CHECKING:
    from enrich.context import Context

log = logging.getLogger(__name__)

STAGE_CLASSES: Dict[str, str] = {
    "normalize": "enrich.stages.normalize:NormalizeStage",
    "embed": "enrich.stages.embed:EmbedStage",
    "dedupe": "enrich.stages.dedupe:DedupeStage",
    "classify": "enrich.stages.classify:ClassifyStage",
    "extract": "enrich.stages.extract:ExtractStage",
    "translate": "enrich.stages.translate:TranslateStage",
    "summarize": "enrich.stages.summarize:SummarizeStage",
    "tagging": "enrich.stages.tagging:TaggingStage",
    "rerank": "enrich.stages.rerank:RerankStage",
    "media": "enrich.stages.media:MediaStage",
    "quality": "enrich.stages.quality:QualityStage",
    "firmographics": "enrich.stages.firmographics:FirmographicsStage",
}


def resolve(name: str) -> Type[BaseStage]:
    try:
        target = STAGE_CLASSES[name]
    except KeyError:
        raise ConfigError(f"unknown stage {name!r}") from None
    module_name, _, attr = target.partition(":")
    cls = getattr(importlib.import_module(module_name), attr)
    if not isinstance(cls, type) or not issubclass(cls, BaseStage):
        raise ConfigError(f"{target} is not a stage class")
    return cls


def build_stages(ctx: "Context") -> List[Stage]:
    stages: List[Stage] = []
    for spec in ctx.settings.stages:
        if not spec.enabled:
            log.info("stage %s disabled in config", spec.name)
            continue
        stage = resolve(spec.name)(ctx, **spec.options)
        stages.append(stage)
    if not stages:
        raise ConfigError("pipeline has no enabled stages")
    return stages
