from dagster import Definitions, EnvVar
from dagster_dbt import DbtCliResource

from .assets import all_assets
from .assets.dbt import catalog_dbt_project
from .assets.product_classification import product_categories_confidence
from .legacy_ops import (
    help_center_embedding_job,
    legacy_catalog_snapshot_job,
    legal_copy_translation_job,
    monthly_escalation_report_job,
)
from .resources import (
    AnthropicResource,
    CohereResource,
    MistralResource,
    OpenAIResource,
    S3Resource,
    TogetherResource,
    VertexAIResource,
    WarehouseResource,
)
from .schedules import all_jobs, all_schedules
from .sensors import all_sensors
from .settings import ARTIFACT_BUCKET, CALL_RECORDINGS_BUCKET

resources = {
    "openai": OpenAIResource(api_key=EnvVar("OPENAI_API_KEY"), project=EnvVar("OPENAI_PROJECT_ID")),
    "anthropic": AnthropicResource(api_key=EnvVar("ANTHROPIC_API_KEY")),
    "cohere": CohereResource(api_key=EnvVar("CO_API_KEY")),
    "mistral": MistralResource(api_key=EnvVar("MISTRAL_API_KEY")),
    "vertex": VertexAIResource(project=EnvVar("GCP_PROJECT")),
    "together": TogetherResource(api_key=EnvVar("TOGETHER_API_KEY")),
    "warehouse": WarehouseResource(dsn=EnvVar("WAREHOUSE_DSN")),
    "s3": S3Resource(bucket=ARTIFACT_BUCKET),
    "recordings": S3Resource(bucket=CALL_RECORDINGS_BUCKET),
    "dbt": DbtCliResource(project_dir=catalog_dbt_project),
}

defs = Definitions(
    assets=all_assets,
    asset_checks=[product_categories_confidence],
    jobs=[
        *all_jobs,
        legacy_catalog_snapshot_job,
        help_center_embedding_job,
        monthly_escalation_report_job,
        legal_copy_translation_job,
    ],
    schedules=all_schedules,
    sensors=all_sensors,
    resources=resources,
)
