from addons.api_diff import json_diff
from addons.openapi_infer import infer_schema, template_path


def test_json_diff_nested():
    a = {"user": {"id": 1, "tags": ["a"]}, "v": 1}
    b = {"user": {"id": 2, "tags": ["a", "b"]}, "w": 1}
    changes = json_diff(a, b)
    assert "$.user.id: 1 -> 2" in changes
    assert "$.user.tags: length 1 -> 2" in changes
    assert "$.v: removed" in changes and "$.w: added" in changes


def test_template_path():
    assert template_path("/users/123/orders/9?x=1") == "/users/{id}/orders/{id}"


def test_infer_schema():
    assert infer_schema({"a": [1]}) == {"type": "object", "properties": {"a": {"type": "array", "items": {"type": "integer"}}}}
