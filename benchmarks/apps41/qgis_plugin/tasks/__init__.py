from .describe_task import DescribeLayerTask  # noqa: F401
from .label_task import LabelFeaturesTask  # noqa: F401
from .similarity_task import SimilarityTask  # noqa: F401
