import pytest

from agentd.errors import ToolExecutionError, ToolNotFound
from agentd.tools.registry import ToolRegistry


@pytest.fixture
def reg():
    return ToolRegistry()


def test_register_and_spec(reg):
    @reg.register("add", description="add two ints", parameters={"type": "object", "properties": {}})
    def add(a: int, b: int) -> int:
        return a + b

    assert "add" in reg
    assert reg.specs()[0].name == "add"


def test_schema_validation(reg):
    with pytest.raises(ValueError):
        reg.register("bad", description="x", parameters={"type": "object"})


def test_unknown_tool(reg):
    with pytest.raises(ToolNotFound):
        reg.get("nope")


async def test_invoke_wraps_errors(reg):
    @reg.register("boom", description="fails", parameters={"type": "object", "properties": {}})
    async def boom():
        raise RuntimeError("kaboom")

    with pytest.raises(ToolExecutionError):
        await reg.get("boom").invoke()
