from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core.backends import create_backend
from ...core.layer_summary import summarize_layer
from ...core.prompts import SYSTEM_DESCRIBE, describe_prompt
from .base import GeoScribeAlgorithm


class DescribeLayerAlgorithm(GeoScribeAlgorithm):
    INPUT = "INPUT"
    LANGUAGE = "LANGUAGE"
    WRITE_METADATA = "WRITE_METADATA"
    OUTPUT = "DESCRIPTION"

    def name(self):
        return "describelayer"

    def displayName(self):
        return self.tr("Describe layer")

    def shortHelpString(self):
        return self.tr("Writes a plain language description of a vector layer.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, self.tr("Input layer")))
        self.add_provider_parameter()
        self.addParameter(QgsProcessingParameterString(self.LANGUAGE, self.tr("Language"), "English"))
        self.addParameter(
            QgsProcessingParameterBoolean(self.WRITE_METADATA, self.tr("Write to layer abstract"), False)
        )
        self.addOutput(QgsProcessingOutputString(self.OUTPUT, self.tr("Description")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        backend = create_backend(self.provider_name(parameters, context))
        feedback.pushInfo("Using {!r}".format(backend))
        summary = summarize_layer(layer)
        text = backend.complete(
            SYSTEM_DESCRIBE,
            describe_prompt(summary, self.parameterAsString(parameters, self.LANGUAGE, context)),
        )
        if self.parameterAsBool(parameters, self.WRITE_METADATA, context):
            md = layer.metadata()
            md.setAbstract(text)
            layer.setMetadata(md)
        return {self.OUTPUT: text}
