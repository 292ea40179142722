from mistralai import Mistral
from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core import settings
from ...core.expressions import validate, write_expression
from .base import GeoScribeAlgorithm


class GenerateExpressionAlgorithm(GeoScribeAlgorithm):
    INPUT = "INPUT"
    REQUEST = "REQUEST"
    USE_CODESTRAL = "USE_CODESTRAL"
    OUTPUT = "EXPRESSION"

    def name(self):
        return "generateexpression"

    def displayName(self):
        return self.tr("Generate expression from text")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, self.tr("Layer")))
        self.addParameter(QgsProcessingParameterString(self.REQUEST, self.tr("What should it do?"), multiLine=True))
        self.add_provider_parameter()
        self.addParameter(
            QgsProcessingParameterBoolean(self.USE_CODESTRAL, self.tr("Complete with Codestral (FIM)"), False)
        )
        self.addOutput(QgsProcessingOutputString(self.OUTPUT, self.tr("Expression")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        request = self.parameterAsString(parameters, self.REQUEST, context)

        if self.parameterAsBool(parameters, self.USE_CODESTRAL, context):
            # Fill-in-the-middle: the request is the prefix comment
            codestral = Mistral(api_key=settings.api_key_for("mistral"))
            fields = ", ".join('"{}"'.format(n) for n in layer.fields().names())
            res = codestral.fim.complete(
                model="codestral-latest",
                prompt="-- QGIS expression. Fields: {}\n-- {}\n".format(fields, request),
                suffix="\n-- end",
                max_tokens=200,
            )
            text = res.choices[0].message.content.strip()
            result = validate(text, layer)
        else:
            result = write_expression(request, layer, provider=self.provider_name(parameters, context))

        if not result:
            feedback.reportError("Generated expression is invalid: {}".format(result.error))
        feedback.pushInfo(result.text)
        return {self.OUTPUT: result.text}
