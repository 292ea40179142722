"""Resource type definitions shared by workspace scripts.

Windmill maps a ``TypedDict`` whose name matches a resource type onto the
resource picker in the UI, so keep the class names lower-case and identical to
the resource type names declared in the hub / workspace.
"""
from typing import Optional, TypedDict

import wmill


class openai(TypedDict):
    api_key: str
    organization_id: Optional[str]


class anthropic(TypedDict):
    apiKey: str


class groq(TypedDict):
    api_key: str


class replicate(TypedDict):
    api_token: str


class voyage(TypedDict):
    api_key: str


class zendesk(TypedDict):
    subdomain: str
    email: str
    token: str


class hubspot(TypedDict):
    token: str


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    dbname: str
    password: str
    sslmode: str


DEFAULT_PATHS = {
    "openai": "f/llm/openai_key",
    "anthropic": "f/llm/anthropic_key",
    "groq": "f/llm/groq_key",
    "replicate": "f/llm/replicate_token",
    "voyage": "f/llm/voyage_key",
    "zendesk": "f/support/zendesk",
    "hubspot": "f/crm/hubspot",
    "postgresql": "f/ops/analytics_db",
}


def load(kind: str, path: Optional[str] = None) -> dict:
    """Fetch a resource by kind, falling back to the workspace default path."""
    resource_path = path or DEFAULT_PATHS[kind]
    value = wmill.get_resource(resource_path)
    if value is None:
        raise RuntimeError(f"resource {resource_path} is not set in this workspace")
    return value


def api_key_of(resource: dict) -> str:
    # anthropic resource type uses camelCase, the others snake_case
    return resource.get("api_key") or resource.get("apiKey") or resource["token"]
