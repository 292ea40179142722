"""Translate field aliases; this one already goes through the usage tracker."""
import asyncio
import json

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core.clients import get_openai_client
from ...core.services.llm_usage_tracker import llm_tracker
from ...core import settings
from .base import GeoScribeAlgorithm


class TranslateFieldAliasesAlgorithm(GeoScribeAlgorithm):
    INPUT = "INPUT"
    LANGUAGE = "LANGUAGE"
    OUTPUT = "COUNT"

    def name(self):
        return "translatefieldaliases"

    def displayName(self):
        return self.tr("Translate field aliases")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, self.tr("Layer")))
        self.addParameter(QgsProcessingParameterString(self.LANGUAGE, self.tr("Target language"), "English"))
        self.addOutput(QgsProcessingOutputNumber(self.OUTPUT, self.tr("Aliases set")))

    async def _translate(self, names, language):
        client = get_openai_client()
        model = settings.model_for("openai")
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="translate_aliases"
        ) as usage_log:
            resp = client.chat.completions.create(
                model=model,
                response_format={"type": "json_object"},
                messages=[
                    {
                        "role": "user",
                        "content": "Translate these database field names into short {} aliases. "
                        "Return a JSON object name->alias.\n{}".format(language, json.dumps(names)),
                    }
                ],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return json.loads(resp.choices[0].message.content)

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        language = self.parameterAsString(parameters, self.LANGUAGE, context)
        names = layer.fields().names()
        aliases = asyncio.run(self._translate(names, language))
        count = 0
        for name, alias in aliases.items():
            idx = layer.fields().indexOf(name)
            if idx >= 0 and alias:
                layer.setFieldAlias(idx, alias)
                count += 1
        feedback.pushInfo("{} aliases set".format(count))
        return {self.OUTPUT: count}
