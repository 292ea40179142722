"""Assign each feature to one of a fixed list of categories (Claude tool use)."""
from qgis.core import (
    QgsField,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from ...core import client_for, settings
from ...core.layer_summary import chunked
from ...core.prompts import SYSTEM_CLASSIFY, classify_prompt
from .base import GeoScribeAlgorithm

CLASSIFY_TOOL = {
    "name": "assign_categories",
    "description": "Record the category chosen for each feature id.",
    "input_schema": {
        "type": "object",
        "properties": {
            "assignments": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"fid": {"type": "integer"}, "category": {"type": "string"}},
                    "required": ["fid", "category"],
                },
            }
        },
        "required": ["assignments"],
    },
}


class ClassifyFeaturesAlgorithm(GeoScribeAlgorithm):
    INPUT = "INPUT"
    CATEGORIES = "CATEGORIES"
    OUTPUT = "OUTPUT"

    def name(self):
        return "classifyfeatures"

    def displayName(self):
        return self.tr("Classify features into categories")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Input")))
        self.addParameter(
            QgsProcessingParameterString(self.CATEGORIES, self.tr("Categories (comma separated)"))
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Classified")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        categories = [
            c.strip() for c in self.parameterAsString(parameters, self.CATEGORIES, context).split(",") if c.strip()
        ]
        if len(categories) < 2:
            raise QgsProcessingException(self.tr("Give at least two categories"))

        client = client_for("anthropic")
        model = settings.model_for("anthropic")
        names = source.fields().names()
        features = list(source.getFeatures())
        rows = [dict({n: f[n] for n in names}, _fid=f.id()) for f in features]

        assigned = {}
        for chunk in chunked(rows, 25):
            if feedback.isCanceled():
                break
            msg = client.messages.create(
                model=model,
                max_tokens=2048,
                system=SYSTEM_CLASSIFY,
                tools=[CLASSIFY_TOOL],
                tool_choice={"type": "tool", "name": "assign_categories"},
                messages=[{"role": "user", "content": classify_prompt(chunk, categories)}],
            )
            for block in msg.content:
                if block.type == "tool_use":
                    for item in block.input.get("assignments", []):
                        assigned[item["fid"]] = item["category"]
            feedback.setProgress(100 * len(assigned) / max(1, len(rows)))

        fields = source.fields()
        fields.append(QgsField("llm_class", QVariant.String, len=80))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        for feat in features:
            feat.setFields(fields, False)
            feat.setAttributes(feat.attributes() + [assigned.get(feat.id(), "")])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return {self.OUTPUT: dest_id}
