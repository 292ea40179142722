import pytest
from airflow.models import DagBag


@pytest.fixture(scope="session")
def dagbag():
    return DagBag(dag_folder="dags", include_examples=False)


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}


def test_llm_tasks_use_pool(dagbag):
    for dag_id in ("product_descriptions", "taxonomy_classification", "review_summaries"):
        dag = dagbag.get_dag(dag_id)
        llm_tasks = [t for t in dag.tasks if t.pool == "llm_providers"]
        assert llm_tasks, f"{dag_id} has no task in the llm_providers pool"


def test_every_dag_has_owner_and_tags(dagbag):
    for dag in dagbag.dags.values():
        assert dag.default_args.get("owner")
        assert dag.tags
