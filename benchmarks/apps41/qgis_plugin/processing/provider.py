from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms.classify_features import ClassifyFeaturesAlgorithm
from .algorithms.describe_layer import DescribeLayerAlgorithm
from .algorithms.generate_expression import GenerateExpressionAlgorithm
from .algorithms.label_features import LabelFeaturesAlgorithm
from .algorithms.translate_fields import TranslateFieldAliasesAlgorithm


class GeoScribeProvider(QgsProcessingProvider):
    def __init__(self, icon_path=None):
        super().__init__()
        self._icon_path = icon_path

    def loadAlgorithms(self):
        for alg in (
            DescribeLayerAlgorithm(),
            LabelFeaturesAlgorithm(),
            ClassifyFeaturesAlgorithm(),
            GenerateExpressionAlgorithm(),
            TranslateFieldAliasesAlgorithm(),
        ):
            self.addAlgorithm(alg)

    def id(self):
        return "geoscribe"

    def name(self):
        return self.tr("GeoScribe (LLM)")

    def icon(self):
        return QIcon(self._icon_path) if self._icon_path else QgsProcessingProvider.icon(self)

    def longName(self):
        return self.name()
