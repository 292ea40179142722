import pytest
from pyspark.sql import SparkSession

from jobs.common import clients


@pytest.fixture(scope="session")
def spark():
    session = (
        SparkSession.builder.master("local[2]")
        .appName("llm-jobs-tests")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(autouse=True)
def _reset_clients():
    clients.reset_clients()
    yield
    clients.reset_clients()


@pytest.fixture
def cfg_dict():
    return {
        "openai": {"model": "gpt-4o-mini", "embedding_model": "text-embedding-3-small"},
        "anthropic": {"model": "claude-3-5-haiku-20241022"},
        "google": {"model": "gemini-1.5-flash-002", "project": None},
        "bedrock": {"region": "us-east-1", "model_id": "anthropic.claude-3-haiku-20240307-v1:0"},
        "together": {"model": "meta-llama/Llama-3.3-70B-Instruct-Turbo"},
        "rate_limit": {"requests_per_minute": 100000, "tokens_per_minute": 10**9},
    }
