from qgis.core import QgsProcessingAlgorithm, QgsProcessingParameterEnum
from qgis.PyQt.QtCore import QCoreApplication

PROVIDERS = ["openai", "anthropic", "google", "mistral", "ollama"]


class GeoScribeAlgorithm(QgsProcessingAlgorithm):
    PROVIDER = "PROVIDER"

    def tr(self, string):
        return QCoreApplication.translate("Processing", string)

    def createInstance(self):
        return type(self)()

    def group(self):
        return self.tr("LLM tools")

    def groupId(self):
        return "llm"

    def add_provider_parameter(self, default=0):
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PROVIDER, self.tr("LLM provider"), options=PROVIDERS, defaultValue=default
            )
        )

    def provider_name(self, parameters, context):
        return PROVIDERS[self.parameterAsEnum(parameters, self.PROVIDER, context)]
