"""Label features with a local Ollama model (no data leaves the machine)."""
import ollama
from qgis.core import (
    QgsField,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from ...core import settings
from .base import GeoScribeAlgorithm


class LabelFeaturesAlgorithm(GeoScribeAlgorithm):
    INPUT = "INPUT"
    FIELDS = "FIELDS"
    INSTRUCTION = "INSTRUCTION"
    OUTPUT = "OUTPUT"

    def name(self):
        return "labelfeatures"

    def displayName(self):
        return self.tr("Label features (local model)")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Input"), [QgsProcessing.TypeVector])
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELDS, self.tr("Fields to use"), parentLayerParameterName=self.INPUT, allowMultiple=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.INSTRUCTION, self.tr("Instruction"), "Give a short descriptive name for this place."
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Labelled")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        field_names = self.parameterAsFields(parameters, self.FIELDS, context)
        instruction = self.parameterAsString(parameters, self.INSTRUCTION, context)
        model = settings.model_for("ollama")

        fields = source.fields()
        fields.append(QgsField("llm_label", QVariant.String, len=120))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        total = source.featureCount() or 1
        for current, feat in enumerate(source.getFeatures()):
            if feedback.isCanceled():
                break
            attrs = ", ".join("{}: {}".format(n, feat[n]) for n in field_names)
            result = ollama.generate(
                model=model,
                prompt="{}\n\nAttributes: {}\nLabel:".format(instruction, attrs),
                options={"temperature": 0.1, "num_predict": 24},
            )
            out = feat
            out.setFields(fields, False)
            out.setAttributes(feat.attributes() + [result["response"].strip()[:120]])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
            feedback.setProgress(int(100 * current / total))
        return {self.OUTPUT: dest_id}
