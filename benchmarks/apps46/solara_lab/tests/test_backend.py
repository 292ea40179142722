from lab.backend.insights import InsightFinder
from lab.backend.registry import ProviderEntry, ProviderRegistry
from tests.fakes import FakeAnthropic, FakeOpenAI, anthropic_message, text_block, tool_block


def test_lazy_client_construction():
    built = []

    def factory():
        built.append(1)
        return FakeOpenAI(["x"])

    reg = ProviderRegistry()
    reg.register(ProviderEntry("fake", factory, ["m1", "m2"]))
    assert built == []
    c = reg.client_for("fake")
    assert reg.client_for("fake") is c
    assert built == [1]
    assert reg.get("fake").default_model == "m1"


def test_unknown_provider_message():
    reg = ProviderRegistry()
    try:
        reg.get("nope")
    except KeyError as e:
        assert "unknown provider" in str(e)


def test_tool_loop_runs_sql(catalog):
    fake = FakeAnthropic([
        anthropic_message([tool_block("t1", "SELECT count(*) AS n FROM sales")], stop_reason="tool_use"),
        anthropic_message([text_block("There are 3 rows.")]),
    ])
    finder = InsightFinder(client=fake, catalog=catalog, model="fake")
    assert finder.find("how many rows?") == "There are 3 rows."
    tool_result = finder.transcript[2]["content"][0]
    assert '"n":3' in tool_result["content"]


def test_rejects_writes(catalog):
    finder = InsightFinder(client=None, catalog=catalog)
    assert "only SELECT" in finder._run_sql("DROP TABLE sales")
